defmodule Counter do
  use GenServer

  @impl true
  def init(state) do
    IO.inspect("init called, initial counter state: #{state}")
    {:ok, state}
  end

  @impl true
  def handle_cast({:inc, value}, state) do
    {:noreply, state + value}
  end

  @impl true
  def handle_cast({:dec, value}, state) do
    {:noreply, state - value}
  end

  @impl true
  def handle_call(:get_count, _from, state) do
    {:reply, "The count is #{state}", state}
  end

  @impl true
  def handle_info(message, state) do
    IO.inspect("Handle info called with message #{inspect(message)}")
    {:noreply, state}
  end

  @impl true
  def terminate(reason, _state) do
    IO.inspect("Genserver Terminating with reason #{reason}...")
  end
end
