defmodule Three do
  def a(0), do: :a_done
  def a(n), do: b(n - 1)
  def b(0), do: :b_done
  def b(n), do: c(n - 1)
  def c(0), do: :c_done
  def c(n), do: a(n - 1)
end

IO.inspect(Three.a(3_000_000))
IO.inspect(Three.a(3_000_001))
IO.inspect(Three.a(3_000_002))
