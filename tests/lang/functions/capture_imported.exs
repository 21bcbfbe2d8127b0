l = &length/1
IO.inspect(l.([1, 2, 3]))
IO.inspect(Enum.map([[1], [1, 2]], &length/1))
IO.inspect(Enum.map([{:a, 1}], &elem(&1, 1)))
h = &hd/1
IO.inspect(h.([9]))
