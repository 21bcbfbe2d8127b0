children = [
  {Stack, %{initial_value: 0, name: :stack_1}}
]
