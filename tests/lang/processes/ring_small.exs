defmodule Ring do
  def relay(next) do
    receive do
      {:token, 0, from} -> send(from, :done)
      {:token, n, from} ->
        send(next, {:token, n - 1, from})
        relay(next)
    end
  end
end

first =
  Enum.reduce(1..10, self(), fn _, next -> spawn(fn -> Ring.relay(next) end) end)

send(first, {:token, 5, self()})

receive do
  :done -> IO.puts("token ring done")
  {:token, n, _} -> IO.inspect({:reached_main, n})
end
