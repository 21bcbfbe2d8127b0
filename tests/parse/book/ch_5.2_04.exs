{:ok, supervisor_pid} = CrashDummySupervisor.start_link(:one_for_one)

Process.info(supervisor_pid, :links) |> IO.inspect(label: "Supervisors links")

Supervisor.which_children(supervisor_pid) |> IO.inspect(label: "Supervisors Children")

:sys.get_state(GenServer.whereis(:dummy1)) |> IO.inspect(label: "Dummy 1 state")
:sys.get_state(GenServer.whereis(:dummy2)) |> IO.inspect(label: "Dummy 2 state")
:sys.get_state(GenServer.whereis(:dummy3)) |> IO.inspect(label: "Dummy 3 state")

Kino.Process.render_sup_tree(supervisor_pid)
