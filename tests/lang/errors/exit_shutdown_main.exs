IO.puts("shutting down")
exit(:shutdown)
