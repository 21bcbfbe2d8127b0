spawn(fn -> exit(:quiet) end)
Process.sleep(100)
IO.puts("no report for plain exit")
