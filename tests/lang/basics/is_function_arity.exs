f = fn x, y -> x + y end
IO.inspect(is_function(f))
IO.inspect(is_function(f, 2))
IO.inspect(is_function(f, 1))
IO.inspect(is_function(&IO.puts/1, 1))
IO.inspect(is_reference(make_ref()))
IO.inspect(is_map_key(%{a: 1}, :a))
IO.inspect(is_map_key(%{a: 1}, :b))
