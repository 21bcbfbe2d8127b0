defmodule Guards do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
end

defmodule UseG do
  import Guards
  def check(n) when is_even(n), do: :even
  def check(_), do: :odd
end

IO.inspect(UseG.check(4))
IO.inspect(UseG.check(7))
