parent = self()

p =
  spawn(fn ->
    Process.flag(:trap_exit, true)
    send(parent, :ready)

    receive do
      msg -> send(parent, {:child_got, msg})
    end
  end)

receive do
  :ready -> :ok
end

Process.exit(p, :custom_reason)

receive do
  {:child_got, {:EXIT, from, reason}} -> IO.inspect({from == parent, reason})
end
