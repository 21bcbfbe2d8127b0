Process.flag(:trap_exit, true)
parent = self()

middle =
  spawn_link(fn ->
    send(parent, :ready)
    Process.sleep(:infinity)
  end)

receive do
  :ready -> :ok
end

Process.exit(middle, :kill)

receive do
  {:EXIT, ^middle, reason} -> IO.inspect(reason)
end
