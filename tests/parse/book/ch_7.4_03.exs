task =
  Task.Supervisor.async(
    AwesomeTaskSupervisor,
    fn ->
      :timer.sleep(200)
      IO.puts("Hello from a supervised task!")
      :returned_from_task
    end
  )
  |> IO.inspect(label: "TASK")

Process.info(self(), :links)
|> IO.inspect(label: "Parent process #{inspect(self())} links")

# Wait for spawed task to finish
:timer.sleep(300)

# Notice the the reply message and the "DOWN" message from the completed task
# The "DOWN" message is because of the monitor of the task
IO.inspect(Process.info(self(), :messages))
