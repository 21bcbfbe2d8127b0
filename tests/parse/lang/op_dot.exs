a.b.c
a.(b)
fun.()
fun.(1, 2)
a.b.(c)
a.b()
a.b().c()
Foo.Bar.baz
Foo.bar.baz
x.y.z.w
