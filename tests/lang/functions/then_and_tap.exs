5 |> then(&(&1 * 2)) |> IO.inspect()
:x |> tap(fn v -> IO.inspect(v, label: "tapped") end) |> IO.inspect()
