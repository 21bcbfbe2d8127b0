# Atom (Elixir 1.14).
defmodule Atom do
  def to_string(atom), do: :erlang.atom_to_binary(atom)
  def to_charlist(atom), do: :erlang.binary_to_list(:erlang.atom_to_binary(atom))

  def to_char_list(atom), do: :erlang.binary_to_list(:erlang.atom_to_binary(atom))
end
