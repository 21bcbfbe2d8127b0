defmodule F do
  def only_ints(x) when is_integer(x), do: x
end

IO.inspect(F.only_ints(1))
F.only_ints(:atom)
