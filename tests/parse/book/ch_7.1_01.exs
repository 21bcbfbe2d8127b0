Task.start(fn -> IO.puts("Hello from the first task!") end)

# Same as Task.start/1, but accepts a module, function, and arguments instead.
Task.start(IO, :puts, ["Hello from the second task!"])
