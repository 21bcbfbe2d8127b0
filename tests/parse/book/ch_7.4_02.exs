children = [{Task.Supervisor, name: AwesomeTaskSupervisor}]

Supervisor.start_link(children, strategy: :one_for_one)
