Foo
Foo.Bar
Foo.Bar.Baz
Elixir.Foo
Elixir
String
