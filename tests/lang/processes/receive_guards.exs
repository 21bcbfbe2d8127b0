send(self(), {:num, 5})
send(self(), {:num, 50})

receive do
  {:num, n} when n > 10 -> IO.inspect({:big, n})
end

receive do
  {:num, n} -> IO.inspect({:any, n})
end
