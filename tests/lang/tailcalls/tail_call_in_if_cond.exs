defmodule T do
  def a(n, acc) do
    if n == 0 do
      acc
    else
      cond do
        n > 1_000_000 -> a(n - 1, acc)
        true -> b(n - 1, acc + 1)
      end
    end
  end

  defp b(n, acc), do: a(n, acc)
end

IO.inspect(T.a(3_000_000, 0))
