:a
:foo_bar
:Foo
:ok?
:done!
:a1
:_x
:é
