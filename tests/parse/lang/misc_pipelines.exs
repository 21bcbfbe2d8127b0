1..10
|> Enum.map(&(&1 * 2))
|> Enum.filter(fn x -> rem(x, 3) == 0 end)
|> Enum.reduce(0, &+/2)
|> IO.inspect(label: "sum")
