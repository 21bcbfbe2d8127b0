# Many clauses over the same constructors: tuples of several arities, atoms,
# integers, floats, strings, lists, negative numbers, with catch-alls between them.
defmodule Many do
  def kind({:add, a, b}), do: {:sum, a + b}
  def kind({:neg, a}), do: {:neg, -a}
  def kind({:mul, a, b}), do: {:prod, a * b}
  def kind({:pair, {x, y}}), do: {:swapped, {y, x}}
  def kind({:pair, other}), do: {:not_pair, other}
  def kind({}), do: :empty_tuple
  def kind({a, b, c, d}), do: {:four, a, b, c, d}
  def kind(:ok), do: :atom_ok
  def kind(:error), do: :atom_error
  def kind(nil), do: :atom_nil
  def kind(true), do: :atom_true
  def kind(0), do: :zero
  def kind(-1), do: :minus_one
  def kind(1.0), do: :float_one
  def kind(1), do: :int_one
  def kind(-2.5), do: :minus_two_and_half
  def kind("hello"), do: :string_hello
  def kind(""), do: :empty_string
  def kind([]), do: :empty_list
  def kind([:only]), do: :single_only
  def kind([x]), do: {:single, x}
  def kind([a, b]), do: {:two, a, b}
  def kind([h | t]), do: {:cons, h, length(t)}
  def kind(other), do: {:other, other}

  def mixed(:a, 1), do: 1
  def mixed(:a, _), do: 2
  def mixed(_, 1), do: 3
  def mixed(:b, 2), do: 4
  def mixed(x, y) when x == y, do: 5
  def mixed({:t, x}, {:t, x}), do: 6
  def mixed({:t, _}, {:t, _}), do: 7
  def mixed(_, _), do: 8

  def digits(n) do
    case n do
      0 -> "zero"
      1 -> "one"
      2 -> "two"
      3 -> "three"
      4 -> "four"
      5 -> "five"
      6 -> "six"
      7 -> "seven"
      8 -> "eight"
      9 -> "nine"
      _ -> "many"
    end
  end
end

inputs = [
  {:add, 1, 2}, {:neg, 5}, {:mul, 3, 4}, {:pair, {1, 2}}, {:pair, 3}, {}, {1, 2, 3, 4},
  {:add, 1}, {:other, 1, 2}, :ok, :error, nil, true, false, 0, -1, 1.0, 1, 2, -2.5, 2.5,
  "hello", "", "world", [], [:only], [:x], [1, 2], [1, 2, 3], %{a: 1}, {:neg, 1, 2}
]

for i <- inputs, do: IO.inspect(Many.kind(i))

for a <- [:a, :b, :c, {:t, 1}, {:t, 2}, 7], b <- [1, 2, :b, {:t, 1}, 7] do
  IO.inspect({a, b, Many.mixed(a, b)})
end

IO.puts(Enum.map_join(0..11, " ", &Many.digits/1))
