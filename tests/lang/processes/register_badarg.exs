Process.register(self(), :taken)

try do
  Process.register(spawn(fn -> :ok end), :taken)
rescue
  e in ArgumentError -> IO.puts("ArgumentError raised")
  _ = e
end
