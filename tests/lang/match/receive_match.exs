send(self(), {:msg, 1})
send(self(), {:other, 2})
send(self(), {:msg, 3})
receive do
  {:other, v} -> IO.inspect(v, label: "other first")
end
receive do
  {:msg, v} -> IO.inspect(v, label: "msg")
end
receive do
  {:msg, v} -> IO.inspect(v, label: "msg")
end
