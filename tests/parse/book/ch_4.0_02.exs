defmodule Stack do
  use GenServer

  # Callbacks

  @impl true
  def init(stack) do
    {:ok, stack}
  end

  @impl true
  def handle_cast({:push, e}, stack) do
    {:noreply, [e | stack]}
  end

  # Other Callbacks ....
end
