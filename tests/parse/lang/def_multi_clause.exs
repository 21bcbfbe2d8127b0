defmodule Fact do
  def fact(0), do: 1
  def fact(n) when n > 0 do
    n * fact(n - 1)
  end
  def fact(_), do: raise(ArgumentError)
end
