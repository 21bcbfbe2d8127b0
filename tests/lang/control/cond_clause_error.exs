defmodule C do
  def f(x) do
    cond do
      x > 10 -> :big
      x < 0 -> :neg
    end
  end
end

IO.inspect(C.f(11))
IO.inspect(C.f(5))
