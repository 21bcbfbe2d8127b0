# Built-ins that raise: the exception and its fields are elixir's (String.upcase's
# failing clause is the arity-2 one with its default, Keyword.fetch! raises KeyError
# without a message, Enum.fetch! Enum.OutOfBoundsError).
defmodule Id do
  def id(x), do: x
end

try do
  String.upcase(Id.id(:a))
rescue e -> IO.inspect(e)
end
IO.inspect List.to_atom('abc')
IO.inspect Keyword.fetch!([a: 1], :a)
try do
  Keyword.fetch!([a: 1], :b)
rescue e -> IO.inspect(e)
end
IO.inspect Enum.fetch!([1, 2], 1)
try do
  Enum.fetch!([1, 2], 5)
rescue e -> IO.inspect(e)
end
IO.inspect Enum.fetch([1, 2], 5)
try do
  Integer.to_string(Id.id(:a))
rescue e -> IO.inspect(e)
end
try do
  Enum.sum([1, :a])
rescue e -> IO.inspect(e)
end
