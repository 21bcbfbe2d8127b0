v =
  (
    a = 1
    b = 2
    a + b
  )

IO.inspect(v)
IO.inspect(if(true, do: (IO.puts("side"); 2)))
