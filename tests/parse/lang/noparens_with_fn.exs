Enum.map list, fn x -> x end
spawn fn -> :ok end
foo fn a, b -> a + b end, 1
