defmodule Person do
  defstruct [:name, :age, country: "NZ"]
end

defmodule Main do
  def run do
    IO.inspect(%Person{})
    IO.inspect(%Person{name: "Kiri", age: 30})
  end
end

Main.run()
