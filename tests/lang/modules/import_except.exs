defmodule UseImport do
  import List, except: [first: 1]
  def go(l), do: {last(l), flatten([l, [l]])}
end

IO.inspect(UseImport.go([1, 2]))
