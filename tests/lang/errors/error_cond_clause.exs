x = Enum.count([1, 2])
cond do
  x > 5 -> :big
end
