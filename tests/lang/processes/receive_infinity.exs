parent = self()
spawn(fn -> Process.sleep(50); send(parent, :late) end)

r =
  receive do
    :late -> :got_late
  after
    :infinity -> :never
  end

IO.inspect(r)
