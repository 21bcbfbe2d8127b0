IO.inspect(for x <- [1, 2, 1, 3, 2], uniq: true, do: x)
