defmodule Item do
  defstruct id: 0, label: "item"
end

defmodule Main do
  def run do
    items = for i <- 1..4, do: %Item{id: i, label: "label #{i}"}
    IO.inspect(items)
    IO.inspect({:items, items})
  end
end

Main.run()
