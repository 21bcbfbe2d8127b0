{:ok, supervisor_pid} =
  PartitionSupervisor.start_link(
    name: EchoServerPartitionSupervisor,
    # Use the default child_spec/1 function of the GenServer
    child_spec: EchoServer.child_spec(:test_arg)
  )
