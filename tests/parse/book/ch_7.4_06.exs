# Now lets spawn a supervised task process that will crash
Task.Supervisor.start_child(
  AwesomeTaskSupervisor,
  fn ->
    IO.puts("A task was started!")
    raise "boom"
  end,
  # restart process if the exit is abnormal, by default it is :temporary
  restart: :transient
)
|> IO.inspect(label: "Returned from call to start_child")
