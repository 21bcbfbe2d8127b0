defmodule M do
  def f(x) do
    try do
      [g(x)]
    rescue
      _ -> IO.inspect(Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m in [M, :elixir_compiler_0] end))
    end
  end
  def g(x), do: [raise "in try #{x}"]
  def h(x), do: [div(x, 0)]
end
M.f(1)
try do
  M.h(2)
catch
  k, v ->
    IO.inspect({k, v})
    IO.inspect(Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m in [M, :elixir_compiler_0] end))
end
try do
  throw(:t)
catch
  :throw, :t -> IO.inspect(Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m in [M, :elixir_compiler_0] end))
end
