IO.inspect(for x <- [1, 2, 3], do: x * x)
IO.inspect(for x <- 1..3, y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..10, rem(x, 3) == 0, do: x)
IO.inspect(for x <- 1..10, x > 3, x < 7, do: x)
