defmodule MyTestDynamicSupervisorV2 do
  # The DynamicSupervisor behaviour that defines a default child_spec/1
  use DynamicSupervisor

  def start_link(init_arg) do
    DynamicSupervisor.start_link(__MODULE__, init_arg, name: __MODULE__)
  end

  # A public api to easily start child process under this supervisor
  def start_child(name, arg) do
    child_spec = %{id: TestServerV2, start: {TestServerV2, :start_link, [name, arg]}}

    # This will start an child process of the TestServerV2 by calling
    # TestServerV2.start_link(init_arg, name, arg)
    DynamicSupervisor.start_child(__MODULE__, child_spec)
  end

  @impl true
  def init(init_arg) do
    # Returns a tuple containing the supervisor initialization options.
    DynamicSupervisor.init(
      strategy: :one_for_one,
      max_children: 2,
      extra_arguments: [init_arg]
    )
    |> IO.inspect(label: "DynamicSupervisor initialized with")
  end
end
