defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Geo do
  def quadrant(%Point{x: x, y: y}) when x >= 0 and y >= 0, do: 1
  def quadrant(%Point{x: x, y: y}) when x < 0 and y >= 0, do: 2
  def quadrant(%Point{}), do: :other
  def name(%mod{}), do: mod

  def run do
    IO.inspect(quadrant(%Point{x: 1, y: 1}))
    IO.inspect(quadrant(%Point{x: -1, y: 1}))
    IO.inspect(quadrant(%Point{x: -1, y: -1}))
    IO.inspect(name(%Point{}))
    %Point{x: px} = %Point{x: 7}
    IO.inspect(px)
  end
end

Geo.run()
