foo(
  a,
  do: 1
)
bar(
  x: 1,
  y: 2
)
