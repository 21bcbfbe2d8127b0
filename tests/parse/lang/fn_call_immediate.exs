(fn x -> x end).(1)
f = fn -> :ok end
f.()
f.(1).(2)
