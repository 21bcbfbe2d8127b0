# Kernel.**/2: integer power for integers, :math.pow for floats and negative exponents.
IO.inspect 2 ** 10
IO.inspect 2 ** 0
IO.inspect 2.0 ** 3
IO.inspect 2 ** -1
IO.inspect 4 ** 0.5
IO.inspect (-8) ** 3
IO.inspect 0 ** 0
try do
  a = :a
  IO.inspect a ** 2
rescue e -> IO.inspect e
end
IO.inspect Integer.pow(3, 4)
try do
  IO.inspect Integer.pow(3, -1)
rescue e -> IO.inspect e
end
