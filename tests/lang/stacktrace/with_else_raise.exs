defmodule M do
  def f(x) do
    r = with {:ok, y} <- x do
      y
    else
      :bad -> raise "bad"
    end
    [r]
  end
end
M.f(:other)
