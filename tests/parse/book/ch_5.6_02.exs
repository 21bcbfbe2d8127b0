# A minimal GenServer which takes 2 seconds to initialize
defmodule SlowGenServer do
  use GenServer

  def start_link(args) do
    GenServer.start_link(__MODULE__, args)
  end

  @impl true
  def init(_args) do
    # Simulate slow start of a GenServer by sleeping for 1 second
    :timer.sleep(1000)
    IO.inspect("Started new SlowGenServer #{inspect(self())}")
    {:ok, :noop}
  end
end
