t = {:a, :b, :c}
IO.inspect(elem(t, 0))
IO.inspect(elem(t, 2))
IO.inspect(put_elem(t, 1, :x))
IO.inspect(t)
IO.inspect(tuple_size(t))
IO.inspect(tuple_size({}))
IO.inspect(Tuple.append(t, :d))
IO.inspect(Tuple.to_list(t))
