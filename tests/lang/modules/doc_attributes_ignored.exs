defmodule Documented do
  @moduledoc """
  A module.
  """

  @doc "adds"
  @spec add(integer, integer) :: integer
  def add(a, b), do: a + b

  @typedoc "t"
  @type t :: integer
end

IO.inspect(Documented.add(1, 2))
