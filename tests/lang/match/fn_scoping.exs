x = 1
f = fn ->
  x = x + 100
  x
end
IO.inspect(f.())
IO.inspect(x)
g = fn x -> x * 2 end
IO.inspect(g.(21))
IO.inspect(x)
