IO.puts("main starts")
spawn(fn -> {:ok, _} = {:error, :nope} end)
Process.sleep(200)
IO.puts("main continues")
