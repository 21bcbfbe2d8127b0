defmodule Attr do
  @value 1
  def first, do: @value
  @value 2
  def second, do: @value
  @computed @value * 100
  def computed, do: @computed
end

IO.inspect({Attr.first(), Attr.second(), Attr.computed()})
