defmodule Lib.One do
  def v, do: 1
end

defmodule Lib.Two do
  def v, do: 2
end

defmodule Main do
  alias Lib.{One, Two}
  def sum, do: One.v() + Two.v()
end

IO.inspect(Main.sum())
