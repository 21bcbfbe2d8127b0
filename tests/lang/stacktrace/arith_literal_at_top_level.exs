x = Enum.at([1], 0)
IO.puts "x"
y = x - "s"
IO.puts y
