defmodule M.N do
  def f(x), do: [g(x, 2)]
  defp g(x, y) when x > 0, do: [raise "neg"] ++ [y]
  def run, do: [f(1)]
end
M.N.run()
