defmodule M do
  def f(_x) do
    ^y = 1
  end
end
