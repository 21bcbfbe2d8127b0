# Tuple (Elixir 1.14): thin wrappers over the tuple BIFs (their badarg errors).
defmodule Tuple do
  def duplicate(data, size), do: :erlang.make_tuple(size, data)
  def insert_at(tuple, index, value), do: :erlang.insert_element(index + 1, tuple, value)
  def append(tuple, value), do: :erlang.append_element(tuple, value)
  def delete_at(tuple, index), do: :erlang.delete_element(index + 1, tuple)
  def to_list(tuple), do: :erlang.tuple_to_list(tuple)

  def sum(tuple), do: sum(tuple, tuple_size(tuple))
  defp sum(_tuple, 0), do: 0
  defp sum(tuple, index), do: elem(tuple, index - 1) + sum(tuple, index - 1)

  def product(tuple), do: product(tuple, tuple_size(tuple))
  defp product(_tuple, 0), do: 1
  defp product(tuple, index), do: elem(tuple, index - 1) * product(tuple, index - 1)
end
