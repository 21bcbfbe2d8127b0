results =
  for x <- [1, 0, 2] do
    try do
      div(10, x)
    rescue
      ArithmeticError -> :div_by_zero
    end
  end

IO.inspect(results)
