defmodule F do
  def f(1), do: :one
end

try do
  F.f(2)
rescue
  e -> IO.inspect(e.__struct__)
end
