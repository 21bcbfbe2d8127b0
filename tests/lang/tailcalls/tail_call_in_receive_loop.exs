defmodule Srv do
  def loop(total) do
    receive do
      {:add, n} -> loop(total + n)
      {:get, from} -> send(from, {:total, total})
    end
  end
end

pid = spawn(fn -> Srv.loop(0) end)
for i <- 1..100_000, do: send(pid, {:add, i})
send(pid, {:get, self()})

receive do
  {:total, t} -> IO.inspect(t)
end
