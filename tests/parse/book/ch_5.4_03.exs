defmodule TestServer do
  use GenServer

  def start_link(name) do
    GenServer.start_link(__MODULE__, :noop, name: name)
  end

  ## Callbacks

  @impl true
  def init(_arg) do
    {:ok, :noop}
  end

  @impl true
  def handle_call({:echo, arg}, _from, state) do
    {:reply, arg, state}
  end
end
