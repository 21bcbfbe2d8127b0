add = fn a, b -> a + b end
IO.inspect(add.(1, 2))
noargs = fn -> :called end
IO.inspect(noargs.())
IO.inspect((fn x -> x * 2 end).(21))
