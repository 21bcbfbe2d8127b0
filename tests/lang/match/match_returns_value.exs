x = {:a, 1} = {:a, 1}
IO.inspect(x)
a = b = 5
IO.inspect(a + b)
IO.inspect(({c, _} = {9, 8}))
IO.inspect(c)
