parent = self()
spawn(fn -> for i <- 1..10, do: send(parent, {:n, i}) end)
got = for _ <- 1..10 do
  receive do
    {:n, i} -> i
  end
end
IO.inspect(got)
