x = Enum.count([1])
try do
  x
rescue
  _ -> :never
else
  2 -> :two
end
