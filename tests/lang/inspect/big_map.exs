m = Map.new(1..40, fn i -> {i, i * i} end)
IO.inspect(m)
IO.inspect(map_size(m))
