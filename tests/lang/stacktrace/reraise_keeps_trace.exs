defmodule M do
  def f(x) do
    try do
      raise "in try #{x}"
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end
  def g(x), do: [f(x)]
end
M.g(1)
