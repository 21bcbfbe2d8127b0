defmodule CrashDummySupervisor do
  # Using this behaviour we will automatically define a child_spec/1 function
  use Supervisor

  def start_link(strategy) do
    Supervisor.start_link(__MODULE__, strategy, name: __MODULE__)
  end

  # We have to implement this `init/1` callback when using the "Supervisor" behaviour
  @impl true
  def init(strategy) do
    # Supervision tree
    children = [
      child_spec(:dummy1),
      child_spec(:dummy2),
      child_spec(:dummy3)
    ]

    # Notice the supervision strategy
    Supervisor.init(children, strategy: strategy)
  end

  defp child_spec(name) do
    Supervisor.child_spec({CrashDummyServer, name}, id: name)
  end
end
