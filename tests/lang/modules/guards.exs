defmodule G do
  def kind(x) when is_integer(x) and x > 0, do: :pos_int
  def kind(x) when is_integer(x), do: :int
  def kind(x) when is_float(x) or is_atom(x), do: :float_or_atom
  def kind(x) when is_binary(x) and byte_size(x) > 3, do: :long_string
  def kind(x) when is_list(x) and length(x) == 2, do: :pair_list
  def kind(x) when is_map(x) and map_size(x) == 0, do: :empty_map
  def kind(x) when is_tuple(x) and elem(x, 0) == :tag, do: :tagged
  def kind(_), do: :other
end

for v <- [5, -5, 1.0, :a, "long!", "s", [1, 2], %{}, {:tag, 1}, {:x}] do
  IO.inspect(G.kind(v))
end
