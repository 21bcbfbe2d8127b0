defmodule Greeter do
  @callback greet(String.t()) :: String.t()
end

defmodule English do
  @behaviour Greeter
  @impl true
  def greet(name), do: "Hello #{name}"
end

defmodule French do
  @behaviour Greeter
  @impl Greeter
  def greet(name), do: "Bonjour #{name}"
end

for m <- [English, French], do: IO.puts(m.greet("Ann"))
