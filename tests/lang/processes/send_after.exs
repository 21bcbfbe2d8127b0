Process.send_after(self(), :later, 50)
send(self(), :now)

receive do
  m -> IO.inspect(m)
end

receive do
  m -> IO.inspect(m)
end
