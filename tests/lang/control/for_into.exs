IO.inspect(for {k, v} <- [a: 1, b: 2], into: %{}, do: {k, v * 10})
IO.inspect(for c <- ["a", "b", "c"], into: "", do: c <> c)
IO.inspect(for x <- [1, 2], into: %{z: 0}, do: {x, x})
