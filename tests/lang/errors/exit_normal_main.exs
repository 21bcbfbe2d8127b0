IO.puts("before exit")
exit(:normal)
