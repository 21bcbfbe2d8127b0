x = Enum.count([])
IO.puts(10 / x)
