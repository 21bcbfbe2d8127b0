p =
  spawn(fn ->
    Process.flag(:trap_exit, true)
    Process.sleep(:infinity)
  end)

Process.exit(p, :normal)
Process.sleep(50)
IO.inspect(Process.alive?(p), label: "after :normal")
Process.exit(p, :boom)
Process.sleep(50)
IO.inspect(Process.alive?(p), label: "after :boom")
Process.exit(p, :kill)
Process.sleep(50)
IO.inspect(Process.alive?(p), label: "after :kill")
