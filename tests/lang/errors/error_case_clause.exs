x = Enum.count([1, 2])
case x do
  1 -> :one
end
