defmodule E do
  def run, do: {:ok, _} = Enum.fetch([], 0)
end

E.run()
