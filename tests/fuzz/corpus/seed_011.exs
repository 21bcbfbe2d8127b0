cond do
  a -> 1
  true -> 2
end
