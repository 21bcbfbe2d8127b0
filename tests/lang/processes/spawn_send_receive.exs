parent = self()
spawn(fn -> send(parent, {:hello, :from_child}) end)

receive do
  {:hello, who} -> IO.inspect(who)
end
