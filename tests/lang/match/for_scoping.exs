x = :outer
for x <- [1, 2] do
  IO.inspect(x)
end
IO.inspect(x)
