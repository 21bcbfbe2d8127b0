m = %{a: 1, b: 2, c: 3}
IO.inspect(for {k, v} <- m, do: {v, k})
IO.inspect(for {_k, v} <- m, reduce: 0, do: (acc -> acc + v))
