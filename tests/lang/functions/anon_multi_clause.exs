f = fn
  0 -> :zero
  n when n > 0 -> :pos
  _ -> :neg
end

IO.inspect(Enum.map([0, 5, -5], f))

g = fn
  {:ok, v}, default -> v || default
  :error, default -> default
end

IO.inspect(g.({:ok, nil}, 1))
IO.inspect(g.({:ok, 2}, 1))
IO.inspect(g.(:error, 3))
