defmodule MyGenServer do
  # Callbacks to implement
  @callback init(term()) :: {:ok, term()}
  @callback handle_call(term(), pid(), term()) :: {:reply, term(), term()}
  @callback handle_cast(term(), term()) :: {:noreply, term()}
  @callback handle_info(term(), term()) :: {:noreply, term()}

  # == Public API ==
  def start_link(module, args) do
    {:ok, spawn_link(__MODULE__, :server_init, [module, args])}
  end

  def call(server_pid, args) do
    send(server_pid, {:call, self(), args})

    receive do
      {:response, response} -> response
    end
  end

  def cast(server_pid, args) do
    send(server_pid, {:cast, args})
  end

  def stop(server_pid, reason \\ :normal) do
    send(server_pid, {:stop, reason})
  end

  # == Internal implementation ==
  def server_init(module, args) do
    {:ok, state} = module.init(args)
    genserver_loop(module, state)
  end

  # Recursively loop and wait for messages
  def genserver_loop(module, state) do
    receive do
      {:call, parent_pid, args} ->
        {:reply, response, new_state} = module.handle_call(args, parent_pid, state)
        send(parent_pid, {:response, response})
        genserver_loop(module, new_state)

      {:cast, args} ->
        {:noreply, new_state} = module.handle_cast(args, state)
        genserver_loop(module, new_state)

      {:stop, reason} ->
        module.terminate(reason, state)
        exit(reason)

      request ->
        {:noreply, new_state} = module.handle_info(request, state)
        genserver_loop(module, new_state)
    end
  end
end
