fn x ->
  y = x + 1
  z = y * 2
  z
end
