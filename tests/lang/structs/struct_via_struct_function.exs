defmodule Pt do
  defstruct x: 0, y: 0
end

p = struct(Pt, x: 5)
IO.inspect(p)
IO.inspect(%{p | y: 6})
%{x: x} = p
IO.inspect(x)
IO.inspect(p.__struct__)
