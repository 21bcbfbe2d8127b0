defmodule My.Deep.Module do
  def where, do: __MODULE__
end

IO.inspect(My.Deep.Module.where())
IO.puts(My.Deep.Module.where())
IO.inspect(Atom.to_string(My.Deep.Module))
