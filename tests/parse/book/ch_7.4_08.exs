defmodule MyDownloader do
  use GenServer

  # == Public API ==

  def start_link() do
    GenServer.start_link(__MODULE__, :noop, name: __MODULE__)
  end

  def start_download(url) do
    GenServer.call(__MODULE__, {:start_download, url})
    :ok
  end

  def download(url) do
    # We are using get! so that in case of failures the task will crash
    HTTPoison.get!(url)
  end

  # == GenServer callbacks ==

  @impl true
  def init(_) do
    {:ok, MapSet.new()}
  end

  @impl true
  def handle_call({:start_download, url}, _from, state) do
    task = Task.Supervisor.async_nolink(AwesomeTaskSupervisor, __MODULE__, :download, [url])

    # Save the spawned task reference in a mapset in the GenServer state
    state = MapSet.put(state, task.ref)
    {:reply, :ok, state}
  end

  # The task completed successfully
  @impl true
  def handle_info({ref, response}, state) do
    # We don't care about the DOWN message now, so let's demonitor and flush it
    # Flushing will remove the {_, MonitorRef, _, _, _} message, if there is one, 
    # from the caller message queue after monitoring has been stopped.
    Process.demonitor(ref, [:flush])

    IO.inspect(response.body, label: "Task #{inspect(ref)} completed with result")

    # Remove finished tasks from the mapset
    state = MapSet.delete(state, ref)
    {:noreply, state}
  end

  # The task failed, that is we received a :DOWN message before the task reply message
  @impl true
  def handle_info({:DOWN, ref, :process, _pid, reason}, state) do
    IO.inspect(elem(reason, 0), label: "Task #{inspect(ref)} failed with reason")

    # Remove failed tasks from the mapset
    state = MapSet.delete(state, ref)
    {:noreply, state}
  end
end
