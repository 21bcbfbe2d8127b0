IO.puts("exiting")
exit(:some_reason)
