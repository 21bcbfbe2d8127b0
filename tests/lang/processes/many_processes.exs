parent = self()
n = 1000
for i <- 1..n, do: spawn(fn -> send(parent, {:done, i}) end)

sum =
  Enum.reduce(1..n, 0, fn _, acc ->
    receive do
      {:done, i} -> acc + i
    end
  end)

IO.inspect(sum)
