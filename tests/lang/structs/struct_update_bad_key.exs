defmodule P do
  defstruct x: 0
end

defmodule Up do
  def set(s, v), do: %{s | y: v}
  def run, do: IO.inspect(set(%P{}, 1))
end

Up.run()
