# Stop the existing supervisor
:ok = PartitionSupervisor.stop(EchoServerPartitionSupervisor)

# Start the EchoServerPartitionSupervisor again with added options
{:ok, supervisor_pid} =
  PartitionSupervisor.start_link(
    name: EchoServerPartitionSupervisor,
    child_spec: EchoServerV2.child_spec(:test_arg),

    # We explicitly specify the number of partitions to create
    partitions: 3,
    with_arguments: fn [existing_args], partition ->
      # Inject the partition number into the args given to the child process
      # This will be passed to the child process when it is started via the
      # `start_link(args, partition_number)` function.
      [existing_args, partition]
    end
  )
