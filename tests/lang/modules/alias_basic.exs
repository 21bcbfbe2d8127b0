defmodule Very.Long.Name do
  def hi, do: :hi
end

defmodule UseAlias do
  alias Very.Long.Name
  alias Very.Long.Name, as: N
  def a, do: Name.hi()
  def b, do: N.hi()
  def c, do: {Name, N}
end

IO.inspect(UseAlias.a())
IO.inspect(UseAlias.b())
IO.inspect(UseAlias.c())
