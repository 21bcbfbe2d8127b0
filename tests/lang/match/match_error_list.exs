[a, b] = [1, 2, 3]
IO.inspect(a + b)
