defmodule V do
  defstruct n: 0
end

defmodule Main do
  def run do
    IO.inspect(%V{n: 1} == %V{n: 1})
    IO.inspect(%V{n: 1} == %{__struct__: V, n: 1})
    a = %V{n: 1}
    b = %V{n: 2}
    IO.inspect(a < b)
  end
end

Main.run()
