# Start trapping exit for the current process
Process.flag(:trap_exit, true)

# A linked process that will exit abnormally with a reason :boom
p = spawn_link(fn -> exit(:boom) end)

:timer.sleep(100)

# Is the child process is alive?
IO.inspect(Process.alive?(p), label: "Child process alive?")

# Check how the parent process that is trapping exit received an EXIT message
Process.info(self(), :messages) |> IO.inspect(label: "Messages in parent process mailbox")
