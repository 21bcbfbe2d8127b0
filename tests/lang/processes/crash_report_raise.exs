IO.puts("main starts")
spawn(fn -> raise "crash in child" end)
Process.sleep(200)
IO.puts("main continues")
