defmodule Stack do
  @behaviour MyGenServer

  @impl true
  def init(args) do
    {:ok, args}
  end

  @impl true
  def handle_call(:get_stack, _from, state) do
    {:reply, state, state}
  end

  @impl true
  def handle_call(:pop, _from, [num | state]) do
    {:reply, num, state}
  end

  @impl true
  def handle_cast({:push, num}, state) do
    IO.inspect(num, label: "PUSH")
    {:noreply, [num | state]}
  end

  @impl true
  def handle_info(:stats, state) do
    IO.inspect("Stack length: #{length(state)}")
    {:noreply, state}
  end
end
