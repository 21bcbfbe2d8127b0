defmodule M do
  def f(x) do
    try do
      [g(x)]
    after
      IO.puts "after"
    end
  end
  def g(x), do: [raise("g #{x}")]
end
M.f(1)
