defmodule Helpers do
  def double(x), do: x * 2
  def triple(x), do: x * 3
end

defmodule UseImport do
  import Helpers
  def go(x), do: double(x) + triple(x)
end

defmodule UseImportOnly do
  import Helpers, only: [double: 1]
  def go(x), do: double(x)
end

IO.inspect(UseImport.go(2))
IO.inspect(UseImportOnly.go(5))
