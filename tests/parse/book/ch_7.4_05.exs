Task.Supervisor.async(
  {:via, PartitionSupervisor, {ScalableTaskSupervisor, :my_routing_key}},
  fn ->
    :timer.sleep(200)
    IO.puts("Hello from a supervised task!")
  end
)

Kino.Process.render_sup_tree(supervisor_pid)
