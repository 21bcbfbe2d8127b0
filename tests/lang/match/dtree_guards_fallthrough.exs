# A failing guard continues with the next clause that can match, in order, also
# when that clause tests a different constructor or is a catch-all.
defmodule G do
  def f({:n, x}) when x > 100, do: :big
  def f({:n, x}) when x > 10, do: :medium
  def f(x) when is_tuple(x) and tuple_size(x) == 2 and elem(x, 1) == 5, do: :five
  def f({:n, x}) when rem(x, 2) == 0, do: :even
  def f({:n, _}), do: :odd
  def f({:s, s}) when byte_size(s) > 3, do: :long
  def f({:s, _}), do: :short
  def f(l) when length(l) > 2, do: :long_list
  def f([_ | _]), do: :short_list
  def f(x) when hd(x) == 1, do: :never
  def f(_), do: :other

  def g(a, b) when a > b, do: :gt
  def g(1, _), do: :one
  def g(a, b) when a == b, do: :eq
  def g(_, 2), do: :two
  def g(_, _), do: :lt
end

for x <- [{:n, 200}, {:n, 50}, {:n, 5}, {:n, 4}, {:n, 3}, {:s, "abcd"}, {:s, "ab"},
          {:s, 5}, [1, 2, 3], [1], [], :a, {:n, :atom}] do
  IO.inspect({x, G.f(x)})
end

for a <- 0..3, b <- 0..3, do: IO.inspect({a, b, G.g(a, b)})

r =
  Enum.map([{:ok, 1}, {:ok, -1}, {:error, :x}, {:ok, "s"}, :done], fn
    {:ok, n} when is_integer(n) and n > 0 -> :pos
    {:ok, n} when is_integer(n) -> :nonpos
    {:error, _} = e -> e
    {:ok, _} -> :not_int
    _ -> :unknown
  end)

IO.inspect(r)

c =
  for v <- [1, 2, 3, :x] do
    case {v, v} do
      {1, y} when y > 1 -> :impossible
      {1, _} -> :one
      {n, n} when is_integer(n) and n > 2 -> :big
      {_, 2} -> :two
      _ -> :rest
    end
  end

IO.inspect(c)
