case x do
  1 ->
  2 -> :two
end
