for i <- 1..5 do
  # Start a new process that in turn starts a new child process under one of the
  # dynamic supervisors via the partition supervisor
  spawn(fn ->
    DynamicSupervisor.start_child(
      {:via, PartitionSupervisor, {MySlowPartitionSupervisor, i}},
      SlowGenServer
    )
  end)
end
