# Seed: ch_2.4 "Process Monitors".
# Printed with width: 120: at the default width 80 the line break would depend on
# how many digits the reference and pid happen to have.
pid = spawn(fn -> :timer.sleep(10000) end)
Process.monitor(pid)
Process.exit(pid, :boom)
:timer.sleep(100)
IO.inspect(Process.info(self(), :messages), width: 120)
