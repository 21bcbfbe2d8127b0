defmodule NotExc do
  def f, do: 1
end

try do
  raise NotExc
rescue
  e -> IO.puts("#{inspect(e.__struct__)}")
end
