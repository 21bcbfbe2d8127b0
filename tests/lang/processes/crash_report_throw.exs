spawn(fn -> throw(:ball) end)
Process.sleep(200)
IO.puts("main continues")
