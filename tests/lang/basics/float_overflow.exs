big = Enum.at([1.0e308], 0)

r =
  try do
    big * 10
  rescue
    e -> {:rescued, e.__struct__, Exception.message(e)}
  end

IO.inspect(r)
IO.inspect(big * 1.5 > 0 or :never)
