defmodule Echo do
  def loop do
    receive do
      {:echo, from, msg} ->
        send(from, {:reply, msg})
        loop()

      :stop ->
        :ok
    end
  end
end

pid = spawn(&Echo.loop/0)
for m <- [:a, "b", {:c, 1}] do
  send(pid, {:echo, self(), m})
  receive do
    {:reply, r} -> IO.inspect(r)
  end
end
send(pid, :stop)
