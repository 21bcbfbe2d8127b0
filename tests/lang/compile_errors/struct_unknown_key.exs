defmodule S do
  defstruct a: 1
end

defmodule U do
  def f, do: %S{b: 2}
end
