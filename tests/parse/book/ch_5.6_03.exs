# Start a DynamicSupervisor named "MySlowDynamicSupervisor"
{:ok, supervisor_pid} =
  DynamicSupervisor.start_link(
    name: MySlowDynamicSupervisor,
    # Use the default child_spec/1 function of the GenServer
    child_spec: DynamicSupervisor.child_spec([])
  )
