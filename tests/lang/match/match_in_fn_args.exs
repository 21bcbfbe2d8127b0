swap = fn {a, b} -> {b, a} end
IO.inspect(swap.({1, 2}))
head = fn [h | _] -> h end
IO.inspect(head.([:x, :y]))
get = fn %{id: id} = whole -> {id, map_size(whole)} end
IO.inspect(get.(%{id: 7, x: 1}))
