defmodule Limits do
  @max 10
  @allowed [:a, :b]

  def check(n) when n > @max, do: :too_big
  def check(n) when n in @allowed, do: :allowed
  def check(_), do: :ok
end

IO.inspect(Enum.map([11, :a, 5, :c], &Limits.check/1))
