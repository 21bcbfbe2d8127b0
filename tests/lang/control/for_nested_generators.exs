pairs = for i <- 1..4, j <- i..4, i + j == 5, do: {i, j}
IO.inspect(pairs)
triples = for a <- 1..20, b <- a..20, c <- b..20, a * a + b * b == c * c, do: {a, b, c}
IO.inspect(triples)
