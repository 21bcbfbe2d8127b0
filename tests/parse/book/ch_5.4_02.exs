children = [{DynamicSupervisor, name: MyTestDynamicSupervisor}]

# Th only possible strategy with DynamicSupervisor is :one_for_one
{:ok, supervisor_pid} = Supervisor.start_link(children, strategy: :one_for_one)
