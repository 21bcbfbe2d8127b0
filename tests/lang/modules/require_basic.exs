defmodule R do
  require Integer
  def parity(n), do: if(Integer.is_even(n), do: :even, else: :odd)
end

IO.inspect(R.parity(2))
IO.inspect(R.parity(3))
