f = fn a, b -> a + b end
IO.inspect(f.(1, 2))
f.(1)
