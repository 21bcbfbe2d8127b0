IO.inspect(for <<c <- "abc">>, do: c)
IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c>>)
