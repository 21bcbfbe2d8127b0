defmodule Stack do
  use GenServer

  def start_link(%{initial_value: value, name: name}) do
    GenServer.start_link(__MODULE__, value, name: name)
  end

  ## Callbacks

  @impl true
  def init(arg) do
    IO.puts("Stack GenServer starting up!")
    {:ok, [arg]}
  end

  @impl true
  def handle_call({:push, element}, _from, stack) do
    IO.puts("Pushed #{inspect(element)}")
    {:reply, :pushed, [element | stack]}
  end

  @impl true
  def handle_cast(:pop, [popped | stack]) do
    IO.puts("Popped #{inspect(popped)}")
    {:noreply, stack}
  end
end
