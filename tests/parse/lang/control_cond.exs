cond do
  x > 10 -> :big
  x > 5 ->
    :medium
  true -> :small
end
