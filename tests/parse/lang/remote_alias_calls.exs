Foo.Bar.baz(1)
Foo.bar()
Foo.bar().baz
Foo.Bar.baz!()
Foo.bar?(x)
__MODULE__.foo(1)
String.upcase "x"
