IO.inspect([1, :a, "b", 2.5, {}, [], %{}, nil, true, 'c'])
IO.inspect({:tuple, [list: {1, 2}], %{"map" => [%{}]}})
