r =
  [3, 1, 2]
  |> Enum.sort()
  |> Enum.map(&(&1 * 10))
  |> Enum.reverse()

IO.inspect(r)
"hello" |> String.upcase() |> IO.puts()
5 |> Kernel.+(1) |> IO.inspect()
:ok |> then(fn x -> {x, 1} end) |> IO.inspect()
