# Send a message to the EchoServer running on partition 0
:hi =
  GenServer.call(
    {:via, PartitionSupervisor, {EchoServerPartitionSupervisor, 0}},
    {:echo, :hi}
  )

# Send a message to the EchoServer running on partition 1
:ola =
  GenServer.call(
    {:via, PartitionSupervisor, {EchoServerPartitionSupervisor, 1}},
    {:echo, :ola}
  )

# Send a message to the EchoServer running on partition 2
:adios =
  GenServer.call(
    {:via, PartitionSupervisor, {EchoServerPartitionSupervisor, 2}},
    {:echo, :adios}
  )

# Send a message to the EchoServer running on partition 1
# (the routing key 1000 results in partition 1 to be selected)
GenServer.call(
  {:via, PartitionSupervisor, {EchoServerPartitionSupervisor, 1000}},
  {:echo, :boom}
)
