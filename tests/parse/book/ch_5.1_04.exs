children = [
  %{
    id: :stack_1,
    start: {Stack, :start_link, [%{initial_value: 0, name: :stack_1}]}
  }
]
