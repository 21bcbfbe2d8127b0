# Nested patterns where clauses share constructors at several depths, mixed with
# pins, maps, structs, binaries, list prefixes, aliases and ranges.
defmodule P do
  defstruct [:a, :b]
end

defmodule N do
  def shape({:circle, {x, y}, r}), do: {:circle_at, x, y, r}
  def shape({:circle, :origin, r}), do: {:circle_origin, r}
  def shape({:rect, {x, y}, {w, h}}) when w == h, do: {:square, x, y, w}
  def shape({:rect, {_, _}, {w, h}}), do: {:rect, w * h}
  def shape({:rect, _, _} = r), do: {:bad_rect, r}
  def shape({:poly, [{x, y} | _] = pts}), do: {:poly, x, y, length(pts)}
  def shape({:poly, []}), do: :empty_poly
  def shape(%P{a: 1} = p), do: {:struct_one, p.b}
  def shape(%P{a: a}), do: {:struct, a}
  def shape(%{type: :circle, r: r}), do: {:map_circle, r}
  def shape(%{}), do: :map
  def shape("circle:" <> rest), do: {:text_circle, rest}
  def shape(<<"rect:", w::8, h::8>>), do: {:bin_rect, w, h}
  def shape(<<c::utf8, _::binary>>), do: {:text, c}
  def shape([:a, :b | rest]), do: {:ab, rest}
  def shape([:a | rest]), do: {:a, rest}
  def shape([[x]]), do: {:nested_single, x}
  def shape([[x | _] | _]), do: {:nested, x}
  def shape(1..n), do: {:range_from_one, n}
  def shape(_), do: :unknown

  def mk(a, b), do: %P{a: a, b: b}

  def pinned(v, list) do
    Enum.map(list, fn
      {^v, x} -> {:hit, x}
      {x, ^v} -> {:rev, x}
      {_, _} -> :miss
      ^v -> :bare
      _ -> :other
    end)
  end

  def tokens(""), do: []
  def tokens(" " <> rest), do: tokens(rest)
  def tokens("(" <> rest), do: [:lp | tokens(rest)]
  def tokens(")" <> rest), do: [:rp | tokens(rest)]
  def tokens("+" <> rest), do: [:plus | tokens(rest)]
  def tokens(<<d, rest::binary>>) when d in ?0..?9, do: [{:digit, d - ?0} | tokens(rest)]
  def tokens(<<c, rest::binary>>), do: [{:char, <<c>>} | tokens(rest)]
end

inputs = [
  {:circle, {1, 2}, 3}, {:circle, :origin, 4}, {:circle, :other, 4}, {:rect, {0, 0}, {2, 2}},
  {:rect, {0, 0}, {2, 3}}, {:rect, :x, :y}, {:poly, [{1, 2}, {3, 4}]}, {:poly, []}, {:poly, :x},
  N.mk(1, 2), N.mk(5, nil), %{type: :circle, r: 9}, %{type: :square}, "circle:big",
  <<"rect:", 3, 4>>, "rect:", "zzz", "é", [:a, :b, :c], [:a], [:a, :c], [[1]], [[1, 2], 3],
  [[]], 1..5, 2..5, [], 3.5
]

for i <- inputs, do: IO.inspect(N.shape(i))
IO.inspect(N.pinned(1, [{1, :a}, {:b, 1}, {2, 2}, 1, 2, {1, 1}]))
IO.inspect(N.tokens("(1 + 23)x"))
