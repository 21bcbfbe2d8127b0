a |> Enum.map(& &1 * 2) |> Enum.sum()
