defmodule M do
  def f(x) do
    try do
      exit(x)
    catch
      :exit, r -> [exit({:again, r})]
    end
  end
end
M.f(:a)
