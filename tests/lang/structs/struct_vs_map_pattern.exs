defmodule S do
  defstruct a: 1
end

defmodule Main do
  def check(%S{}), do: :struct_s
  def check(%{a: _}), do: :map_with_a
  def check(_), do: :other

  def run do
    IO.inspect(check(%S{}))
    IO.inspect(check(%{a: 2}))
    IO.inspect(check(%{b: 2}))
  end
end

Main.run()
