defmodule M do
  def f(x) do
    g(x) + 1
  end
  defp g(x), do: raise "boom #{x}"
end
IO.puts "hi"
M.f(3)
