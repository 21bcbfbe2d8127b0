add = &(&1 + &2)
IO.inspect(add.(3, 4))
IO.inspect(Enum.map([1, 2, 3], &(&1 * &1)))
tuple = &{&1, &2}
IO.inspect(tuple.(:a, :b))
list = &[&1, &1]
IO.inspect(list.(0))
IO.inspect((&"#{&1}!").("hey"))
IO.inspect((&rem(&1, 3)).(10))
