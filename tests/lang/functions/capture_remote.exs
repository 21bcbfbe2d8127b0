up = &String.upcase/1
IO.inspect(up.("abc"))
IO.inspect(Enum.map(["a", "b"], &String.duplicate(&1, 3)))
max2 = &Kernel.max/2
IO.inspect(max2.(3, 9))
