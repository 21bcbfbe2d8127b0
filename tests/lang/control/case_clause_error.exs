defmodule C do
  def f(x) do
    case x do
      1 -> :one
      2 -> :two
    end
  end
end

IO.inspect(C.f(1))
IO.inspect(C.f(3))
