children = [
  %{
    id: :stack_1,
    # The Stack is a child porcess started via Stack.start_link/1
    start: {Stack, :start_link, [%{initial_value: 0, name: :stack_1}]}
  }
]

# Now we start the supervisor process and pass it the list of child specs (child processes to supervise)
# On starting the supervisor, it automatically starts all the child processes and supervises them
{:ok, supervisor_pid} = Supervisor.start_link(children, strategy: :one_for_one)

# After the supervisor starts, we can query the supervisor for information regarding all child processes supervised under it
Supervisor.which_children(supervisor_pid) |> IO.inspect(label: "Supervisor's children")
