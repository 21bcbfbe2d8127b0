defmodule F do
  def apply_n(f, x, n \\ 1)
  def apply_n(_f, x, 0), do: x
  def apply_n(f, x, n), do: apply_n(f, f.(x), n - 1)
end

IO.inspect(F.apply_n(&(&1 * 2), 1))
IO.inspect(F.apply_n(&(&1 * 2), 1, 10))
