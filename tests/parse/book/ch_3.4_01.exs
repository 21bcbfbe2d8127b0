defmodule FoodOrderingServer do
  use GenServer

  # Public APIs

  def start_link(_opts) do
    GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  end

  def place_order(user, item) do
    # We specify a timeout of 10 seconds to avoid timeout errors,
    # since placing an order takes a lot of time
    GenServer.call(__MODULE__, {:place_order, user, item}, 10000)
  end

  def list_orders(user) do
    GenServer.call(__MODULE__, {:list_orders, user})
  end

  # Callbacks

  @impl true
  def init(_args) do
    {:ok, %{}}
  end

  @impl true
  def handle_call({:place_order, user, item}, from, state) do
    IO.puts("Recieved new order request from #{inspect(from)}")

    spawn(fn ->
      # Simulate placing order which takes 6 seconds
      :timer.sleep(6000)
      send(__MODULE__, {:order_placed, user, item, from})
    end)

    # Notice how we return :noreply here
    # (the caller process will be blocked and waiting since we did not reply)
    {:noreply, state}
  end

  @impl true
  def handle_call({:list_orders, user}, _from, state) do
    {:reply, Map.get(state, user, []), state}
  end

  @impl true
  def handle_info({:order_placed, user, item, from}, state) do
    state =
      Map.update(
        state,
        user,
        [item],
        fn existing_orders -> [item | existing_orders] end
      )

    IO.puts("Order #{item} ready for #{user}")
    # Send reply to the caller who is waiting for the order
    GenServer.reply(from, {:ok, :order_placed})
    {:noreply, state}
  end
end
