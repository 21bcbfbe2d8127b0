a +
  b
x =
  1
y ==
  z
list ++
  [1]
