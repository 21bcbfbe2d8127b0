Process.flag(:trap_exit, true)
parent = self()

a =
  spawn_link(fn ->
    b = spawn_link(fn -> receive do: (:crash -> exit(:chain_crash)) end)
    send(parent, {:b, b})
    Process.sleep(:infinity)
  end)

b =
  receive do
    {:b, b} -> b
  end

send(b, :crash)

receive do
  {:EXIT, ^a, reason} -> IO.inspect({:a_died, reason})
end

Process.sleep(20)
IO.inspect({Process.alive?(a), Process.alive?(b)})
