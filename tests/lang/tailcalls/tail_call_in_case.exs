defmodule T do
  def run(n, acc) do
    case n do
      0 -> acc
      _ when rem(n, 2) == 0 -> run(n - 1, acc + 2)
      _ -> run(n - 1, acc + 1)
    end
  end
end

IO.inspect(T.run(5_000_000, 0))
