defmodule Stack do
  defstruct items: []

  def new, do: %__MODULE__{}
  def push(%__MODULE__{items: i} = s, x), do: %{s | items: [x | i]}
  def pop(%__MODULE__{items: [h | t]} = s), do: {h, %{s | items: t}}
  def size(%Stack{items: i}), do: length(i)
end

s = Stack.new() |> Stack.push(1) |> Stack.push(2)
IO.inspect(s)
{top, s2} = Stack.pop(s)
IO.inspect(top)
IO.inspect(Stack.size(s2))
