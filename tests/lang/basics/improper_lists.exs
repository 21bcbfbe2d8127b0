IO.inspect([1 | 2])
IO.inspect([1, 2 | 3])
IO.inspect(tl([1 | :x]))
IO.inspect([[1, 2] | 3])
