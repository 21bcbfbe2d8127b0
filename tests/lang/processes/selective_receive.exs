send(self(), :low)
send(self(), {:high, 1})
send(self(), :low2)

receive do
  {:high, n} -> IO.inspect({:first, n})
end

receive do
  m -> IO.inspect({:next, m})
end

receive do
  m -> IO.inspect({:next, m})
end
