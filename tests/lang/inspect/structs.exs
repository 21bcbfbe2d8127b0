defmodule Point do
  defstruct x: 0, y: 0
end

defmodule User do
  defstruct [:name, age: 0, tags: []]
end

defmodule Main do
  def run do
    IO.inspect(%Point{})
    IO.inspect(%Point{x: 1, y: -2})
    IO.inspect(%User{name: "Ann"})
    IO.inspect([%Point{}, %Point{x: 9}])
    IO.inspect(%{p: %Point{}})
    IO.inspect(%Point{} |> Map.from_struct())
    IO.inspect(%User{name: String.duplicate("long name ", 5), tags: [:a, :b, :c, :d, :e, :f]})
  end
end

Main.run()
