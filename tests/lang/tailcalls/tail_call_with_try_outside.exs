defmodule T do
  def loop(0), do: :finished
  def loop(n), do: loop(n - 1)
end

r =
  try do
    T.loop(5_000_000)
  rescue
    _ -> :rescued
  end

IO.inspect(r)
