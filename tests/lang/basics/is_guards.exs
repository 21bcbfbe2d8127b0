values = [1, 1.5, :a, "s", [1], [], {1}, %{a: 1}, fn -> 1 end, self(), nil, true]

for v <- values do
  IO.inspect(
    {is_integer(v), is_float(v), is_number(v), is_atom(v), is_binary(v), is_list(v),
     is_tuple(v), is_map(v), is_function(v), is_pid(v), is_boolean(v), is_nil(v)}
  )
end
