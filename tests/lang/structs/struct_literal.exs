defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    p = %Point{x: 3}
    IO.inspect(p)
    IO.inspect(p.x)
    IO.inspect(p.y)
    IO.inspect(p.__struct__)
    IO.inspect(is_map(p))
    IO.inspect(map_size(p))
  end
end

Main.run()
