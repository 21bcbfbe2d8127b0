# Seed: ch_2.4 "Process hibernation".
# Heap sizes are BEAM-specific and vary, so only their kind is printed; the
# script waits 50 ms first so that p2 has hibernated when it is inspected.
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

:timer.sleep(50)

{:total_heap_size, h1} = Process.info(p1, :total_heap_size)
{:total_heap_size, h2} = Process.info(p2, :total_heap_size)
IO.inspect(is_integer(h1) and h1 > 0, label: "Heap size of P1 is a positive integer")
IO.inspect(is_integer(h2) and h2 > 0, label: "Heap size of P2 is a positive integer")

# Wake p2 from hibernation by sending it a message
send(p2, :msg)
:timer.sleep(100)

# Here the process is no longer alive since after executing the IO.puts/1
# call it has no other work and exits normally.
Process.alive?(p2) |> IO.inspect(label: "P2 alive")
