defmodule Counter do
  def start(n), do: spawn(fn -> loop(n) end)

  def loop(n) do
    receive do
      :inc -> loop(n + 1)
      {:get, from} -> send(from, {:count, n}) && loop(n)
    end
  end
end

c = Counter.start(0)
for _ <- 1..5, do: send(c, :inc)
send(c, {:get, self()})
receive do
  {:count, n} -> IO.inspect(n)
end
