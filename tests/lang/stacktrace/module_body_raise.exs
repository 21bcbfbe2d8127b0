# An exception raised by a module body's code: its frame is (module).
defmodule M do
  def helper(x), do: x + 1
  IO.puts "body"
  y = String.length("abc")
  raise "in body #{y}"
end
