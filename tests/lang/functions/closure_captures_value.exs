x = 1
f = fn -> x end
x = 2
IO.inspect(f.())
IO.inspect(x)
fs = for i <- 1..3, do: fn -> i * 10 end
IO.inspect(Enum.map(fs, fn f -> f.() end))
