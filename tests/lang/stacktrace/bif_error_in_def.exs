defmodule M do
  def f(x), do: [hd(x)]
end
x = M.f([])
IO.puts x
