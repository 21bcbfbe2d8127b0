defmodule F do
  def f(a, b) when a > b, do: :ok
end

F.f(1, 2)
