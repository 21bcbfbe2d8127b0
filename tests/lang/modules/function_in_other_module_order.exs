IO.puts("top-level runs after module definitions above it")

defmodule Late do
  def v, do: Early.v() + 1
end

defmodule Early do
  def v, do: 41
end

IO.inspect(Late.v())
