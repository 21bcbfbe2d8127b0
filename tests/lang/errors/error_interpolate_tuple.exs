t = Enum.at([{1, 2}], 0)
IO.puts("value: #{t}")
