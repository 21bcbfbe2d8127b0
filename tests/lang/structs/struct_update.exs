defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    p = %Point{x: 1, y: 2}
    q = %Point{p | y: 20}
    r = %{q | x: 10}
    IO.inspect(p)
    IO.inspect(q)
    IO.inspect(r)
    IO.inspect(Map.put(p, :x, 5))
  end
end

Main.run()
