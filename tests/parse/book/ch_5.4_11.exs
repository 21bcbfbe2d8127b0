# A simple GenServer module which we would start under our supervisor
defmodule TestServerV2 do
  use GenServer

  def start_link(extra_arg, name, arg) do
    GenServer.start_link(__MODULE__, [extra_arg, arg], name: name)
  end

  ## Callbacks

  @impl true
  def init([extra_arg, arg]) do
    IO.inspect(
      "New TestServerV2 started with extra_arg = #{inspect(extra_arg)} and arg = #{inspect(arg)}"
    )

    {:ok, :noop}
  end

  @impl true
  def handle_call({:echo, arg}, _from, state) do
    {:reply, arg, state}
  end
end
