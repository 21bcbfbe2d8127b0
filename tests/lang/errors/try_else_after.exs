f = fn x ->
  try do
    if x, do: raise("boom"), else: :value
  rescue
    e -> {:rescued, e.message}
  else
    v -> {:else, v}
  after
    IO.puts("after runs")
  end
end

IO.inspect(f.(true))
IO.inspect(f.(false))
