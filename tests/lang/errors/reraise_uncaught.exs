try do
  raise ArgumentError, "original"
rescue
  e ->
    IO.puts("logging #{Exception.message(e)}")
    reraise e, __STACKTRACE__
end
