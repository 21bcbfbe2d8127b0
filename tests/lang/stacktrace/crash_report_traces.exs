defmodule M do
  def f(x), do: [g(x)]
  def g(x), do: raise "sp #{x}"
end
spawn(fn -> M.f(1) end)
Process.sleep(100)
spawn(fn -> [M.f(2)] end)
Process.sleep(100)
