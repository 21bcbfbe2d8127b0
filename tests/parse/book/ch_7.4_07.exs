unlinked_task =
  Task.Supervisor.async_nolink(AwesomeTaskSupervisor, fn ->
    :timer.sleep(300)
    1 + 2
  end)
  |> IO.inspect(label: "Unliked Task")

supervisor_pid = Process.whereis(AwesomeTaskSupervisor)

# Spawned task process is not linked to the caller
Process.info(self(), :links)
|> IO.inspect(label: "Parent process #{inspect(self())} links")

# Spawned task process is linked to the supervisor
Process.info(supervisor_pid, :links)
|> IO.inspect(label: "AwesomeTaskSupervisor process #{inspect(self())} links")

# Spawned task process appears as a child under the supervisor
Task.Supervisor.children(AwesomeTaskSupervisor)
|> IO.inspect(label: "AwesomeTaskSupervisor Children")

# We can still await the unlinked task
Task.await(unlinked_task)
|> IO.inspect(label: "Result from task")
