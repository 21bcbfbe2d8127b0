defmodule A do
  def name, do: "A"
  def call_b, do: B.name()
end

defmodule B do
  def name, do: "B"
end

IO.puts(A.name())
IO.puts(A.call_b())
IO.puts(B.name())
