IO.puts "hi"
Mod.fun arg, arg2
:erlang.foo 1
x.y 1
Foo.Bar.baz a: 1
