children = [
  %{
    id: :stack_1,
    start: {Stack, :start_link, []},
    restart: :temporary  # <================= Here
  }
]
