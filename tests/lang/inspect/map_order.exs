m = %{10 => :a, 2 => :b, :z => 1, "s" => 2, {1} => 3, 1.5 => 4}
IO.inspect(m)
IO.inspect(Map.keys(m))
