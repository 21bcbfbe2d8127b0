alias String, as: S
IO.inspect(S.upcase("abc"))
defmodule Lib.Math do
  def sq(x), do: x * x
end

alias Lib.Math
IO.inspect(Math.sq(7))
