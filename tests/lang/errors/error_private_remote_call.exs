defmodule A do
  def visible, do: secret()
  defp secret, do: 1
end

defmodule B do
  def f, do: A.secret()
end

IO.inspect(A.visible())
IO.inspect(B.f())
