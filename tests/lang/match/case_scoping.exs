x = 1
case :anything do
  _ ->
    x = 2
    IO.inspect(x, label: "inside")
end
IO.inspect(x, label: "outside")
