receive do
  x -> x
after
  100 -> :timeout
end
