defmodule Shape do
  def area({:square, s}), do: s * s
  def area({:rect, w, h}), do: w * h
  def area({:circle, _r}), do: :not_integer
  def area(_), do: :unknown
end

IO.inspect(Shape.area({:square, 3}))
IO.inspect(Shape.area({:rect, 2, 5}))
IO.inspect(Shape.area({:circle, 1}))
IO.inspect(Shape.area(:blob))
