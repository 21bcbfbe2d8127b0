[foo 1]
{foo 1}
bar(foo 1)
bar(foo 1, 2)
x = foo 1, 2
