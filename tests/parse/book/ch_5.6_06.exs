# Stop the existing dynamic supervisor
Supervisor.stop(MySlowDynamicSupervisor)

# Start a partition supervisor with a dynamic supervisor as the child process for each partition
{:ok, supervisor_pid} =
  PartitionSupervisor.start_link(
    name: MySlowPartitionSupervisor,
    # Create 6 partitions
    partitions: 6,
    # Use the default child_spec/1 function of DynamicSupervisor
    child_spec: DynamicSupervisor.child_spec([])
  )
