x = 5
case x do
  1 -> :ok
end
