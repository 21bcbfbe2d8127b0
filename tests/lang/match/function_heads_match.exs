defmodule M do
  def first([h | _]), do: h
  def first([]), do: nil
  def pair({a, b}), do: a + b
  def get(%{key: v}), do: v
  def lit(:ok), do: "ok atom"
  def lit("ok"), do: "ok string"
  def lit(0), do: "zero"
  def lit(0.5), do: "half"
end

IO.inspect(M.first([3, 4]))
IO.inspect(M.first([]))
IO.inspect(M.pair({1, 2}))
IO.inspect(M.get(%{key: :v}))
IO.inspect(Enum.map([:ok, "ok", 0, 0.5], &M.lit/1))
