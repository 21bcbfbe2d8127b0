kw = for i <- 1..15, do: {String.to_atom("key#{i}"), i}
IO.inspect(kw)
