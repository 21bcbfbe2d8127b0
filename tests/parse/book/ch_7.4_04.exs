# In the `child_spec` option we pass the name of the supervisor that we want to partition
children = [{PartitionSupervisor, child_spec: Task.Supervisor, name: ScalableTaskSupervisor}]

{:ok, supervisor_pid} = Supervisor.start_link(children, strategy: :one_for_one)
