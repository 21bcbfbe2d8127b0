foo()
foo(1)
foo(1, 2)
foo(a, b, c)
foo(bar())
foo!(x)
foo?(x)
foo(
  1,
  2
)
