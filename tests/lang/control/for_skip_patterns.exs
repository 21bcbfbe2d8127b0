list = [{:ok, 1}, {:error, 2}, {:ok, 3}, :bad]
IO.inspect(for {:ok, v} <- list, do: v)
IO.inspect(for {k, v} when v > 1 <- [a: 1, b: 2, c: 3], do: k)
