defmodule Point do
  defstruct x: 0
end

IO.inspect(%Point{})
