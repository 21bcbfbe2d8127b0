IO.puts("before")
x = Enum.count([1])
IO.inspect(x and true)
