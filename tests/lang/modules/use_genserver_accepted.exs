defmodule Counter do
  use GenServer

  @impl true
  def init(n), do: {:ok, n}

  @impl true
  def handle_call(:get, _from, n), do: {:reply, n, n}

  def plain(x), do: x + 1
end

IO.inspect(Counter.plain(1))
IO.inspect(function_exported?(Counter, :init, 1))
