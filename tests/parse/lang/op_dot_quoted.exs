a."quoted"()
Foo."bar baz"(1)
:erlang."=:="(a, b)
x."y"
Kernel.+(1, 2)
Kernel.-(1)
