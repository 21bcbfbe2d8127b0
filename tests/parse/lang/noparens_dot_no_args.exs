Foo.bar
x.y
x.y()
:erlang.self
Foo.bar.baz
