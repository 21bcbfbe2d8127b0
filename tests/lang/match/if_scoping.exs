x = 1
if true do
  x = 2
  IO.inspect(x, label: "inside if")
end
IO.inspect(x, label: "after if")
y = if true, do: 10, else: 20
IO.inspect(y)
