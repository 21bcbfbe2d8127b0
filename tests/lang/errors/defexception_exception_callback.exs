defmodule Bad do
  defexception [:message]

  @impl true
  def exception(value), do: %Bad{message: "bad value: #{inspect(value)}"}
end

try do
  raise Bad, {:x, 1}
rescue
  e -> IO.puts(e.message)
end
