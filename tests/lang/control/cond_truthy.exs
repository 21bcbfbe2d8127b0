v =
  cond do
    nil -> :a
    false -> :b
    0 -> :zero_is_truthy
  end

IO.inspect(v)
