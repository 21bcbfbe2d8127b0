defmodule P do
  defstruct x: 1, y: 2
end

defmodule Main do
  def run do
    p = %P{}
    IO.inspect(Map.keys(p))
    IO.inspect(Map.from_struct(p))
    IO.inspect(Map.get(p, :x))
    IO.inspect(struct(P, x: 10))
    IO.inspect(struct(P, z: 10))
    IO.inspect(p == %P{x: 1, y: 2})
  end
end

Main.run()
