:erlang.phash2("1000", 3) |> IO.inspect(label: "Partition")

GenServer.call(
  {:via, PartitionSupervisor, {EchoServerPartitionSupervisor, "1000"}},
  {:echo, :hello_world}
)
