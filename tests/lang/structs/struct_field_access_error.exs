defmodule P do
  defstruct x: 1
end

defmodule Main do
  def run(p) do
    IO.inspect(p.x)
    IO.inspect(Map.get(p, :nope, :default))
    IO.inspect(p.nope)
  end
end

Main.run(struct(P))
