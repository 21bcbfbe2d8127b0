Process.flag(:trap_exit, true)

p =
  spawn_link(fn ->
    exit(:normal)
  end)

receive do
  {:EXIT, ^p, r} -> IO.inspect(r)
end
