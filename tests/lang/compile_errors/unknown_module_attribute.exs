defmodule M do
  def f, do: @never_set
end

IO.inspect(M.f())
