not_a_fun = Enum.at([42], 0)
IO.puts("calling")
not_a_fun.(1)
