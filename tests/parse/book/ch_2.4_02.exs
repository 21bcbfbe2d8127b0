p1 =
  spawn(fn ->
    _big_binary = :crypto.strong_rand_bytes(1000)
    :timer.sleep(:infinity)
  end)

p2 =
  spawn(fn ->
    _big_binary = :crypto.strong_rand_bytes(1000)
    Process.hibernate(IO, :puts, ["P2 woken from hibernation"])

    # This never executes as execution resumes at the function passed to Process.hibernate/3
    IO.puts("Kabooom!")
  end)

Process.info(p1, :total_heap_size) |> IO.inspect(label: "Heap size of P1")
Process.info(p2, :total_heap_size) |> IO.inspect(label: "Heap size of P2")

# Wake p2 from hibernation by sending it a message
send(p2, :msg)
:timer.sleep(100)

# Here the process is no longer alive since after executing the IO.puts/1
# call it has no other work and exits normally.
Process.alive?(p2) |> IO.inspect(label: "P2 alive")
