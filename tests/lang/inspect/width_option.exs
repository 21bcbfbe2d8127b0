IO.inspect(Enum.to_list(1..20), width: 20)
IO.inspect(%{a: 1, b: 2, c: 3}, width: 10)
IO.inspect([a: 1, b: 2], width: 5)
