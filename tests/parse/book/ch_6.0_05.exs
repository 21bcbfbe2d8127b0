defmodule DownloadManager do
  @moduledoc """
  GenServer which stores aggregates and stores state for all download worker processes
  Exposes APIs to add, delete, list downloads.

  Examples:

  {:ok, id} = DownloadManager.add("https://file-examples-com.github.io/uploads/2017/04/file_example_MP4_1920_18MG.mp4")
  DownloadManager.list()
  DownloadManager.get(id)
  DownloadManager.remove(id)
  """
  use GenServer

  require Logger

  @update_interval 1000
  @base_download_path "/tmp/async_elixir_temp_downloads"

  # Public API

  @doc "Start the download manager process"
  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  @doc "Add a new download"
  def add(src), do: GenServer.call(__MODULE__, {:add, src})

  @doc "Remove an existing download"
  def remove(id), do: GenServer.call(__MODULE__, {:remove, id})

  @doc "Get the lastest information about a download"
  def get(id), do: GenServer.call(__MODULE__, {:get, id})

  @doc "Get the most updated list of downloads"
  def list(), do: GenServer.call(__MODULE__, :list)

  @doc "Clear all downloaded data"
  def clear_all_downloads(), do: File.rm_rf!(@base_download_path)

  # Callbacks

  @impl GenServer
  def init(_args) do
    # Send a message to itself the begin aggregating lastest download statuses
    Process.send_after(self(), :fetch_all, @update_interval)
    {:ok, %{}}
  end

  # Callback to get the status of a given download using it download id
  @impl GenServer
  def handle_call({:get, id}, _from, state) do
    case Map.get(state, id) do
      nil ->
        {
          :reply,
          {:error, :not_found},
          state
        }

      download ->
        {
          :reply,
          {:ok, download},
          state
        }
    end
  end

  # Callback to add a new download
  @impl GenServer
  def handle_call({:add, src}, _from, state) do
    id = UUID.uuid1()
    File.mkdir_p!(@base_download_path)
    download_destination = "#{@base_download_path}/#{id}"

    download = %Download{
      id: id,
      src: src,
      dest: download_destination,
      # This `from` parameter allows the download worker to send a message back to the
      # Download manager when the download finishes or in case of failures
      from: self(),
      name: guess_filename(src)
    }

    # Call the Download manager to start a new download worker process and initaite the download
    pid = DownloadsSupervisor.add(download)
    download = %Download{download | pid: pid}

    # Save the download in a map that is the GenServer state
    {:reply, {:ok, id}, Map.put(state, id, download)}
  end

  @impl GenServer
  def handle_call({:remove, id}, _from, state) do
    case Map.get(state, id) do
      %Download{pid: pid, dest: dest} ->
        # Send a message to the Download supervisor to terminate the Download Worker Process
        # that is downloading the file
        DownloadsSupervisor.remove(pid)

        # Delete the file from disk
        res = File.rm(dest)
        Logger.info("Remove left over file: #{inspect(res)}")

        # Remove the download from the downloads map that is the GenServer state
        {:reply, {:ok, id}, Map.delete(state, id)}

      _ ->
        {:reply, {:error, :not_found}, state}
    end
  end

  # Get the list of all downloads
  @impl GenServer
  def handle_call(:list, _from, state) do
    {:reply, Map.values(state), state}
  end

  # Used by a Download Worker to inform the Download manager when when the download ends
  @impl GenServer
  def handle_info({:terminating, id, last_child_state}, state) do
    {_old_value, state} =
      Map.get_and_update(state, id, fn
        current_value when is_nil(current_value) -> :pop
        current_value -> {current_value, merge_with_old_state(current_value, last_child_state)}
      end)

    Logger.info("Recieved last state from child: #{id}, new_state: #{inspect(state)}")
    {:noreply, state}
  end

  # Every 1 second (1000ms) we will query each of the active download worker
  # process to refresh the state of the running downloads
  @impl GenServer
  def handle_info(:fetch_all, state) do
    new_state =
      state
      |> Enum.map(fn
        {id, %Download{status: status} = download} when status in [:finish, :error, :cancel] ->
          {id, download}

        {id, %Download{pid: pid} = download} ->
          {id, fetch_status(pid, download)}
      end)
      |> Enum.into(%{})

    Process.send_after(self(), :fetch_all, @update_interval)
    {:noreply, new_state}
  end

  # Private helpers

  # Call the download worker process to fetch the lastest status of the Download
  defp fetch_status(pid, download) do
    if Process.alive?(pid) do
      new_download_state = GenServer.call(pid, :status)
      merge_with_old_state(download, new_download_state)
    else
      %Download{download | status: :error, error_reason: "Killed"}
    end
  end

  # Helper function to merge an old download struct with a new download struct
  defp merge_with_old_state(old_download, new_download) do
    %Download{
      old_download
      | size: new_download.size,
        status: new_download.status,
        bytes_downloaded: new_download.bytes_downloaded,
        start_time: new_download.start_time,
        end_time: new_download.end_time,
        error_reason: new_download.error_reason
    }
  end

  # Helper function that attempts to guess the name of the download from the download URL path
  # In case of failures it assigns a UUID as the download name
  defp guess_filename(url) do
    path =
      url
      |> URI.parse()
      |> Map.fetch!(:path)

    if(is_nil(path), do: UUID.uuid1(), else: path |> Path.basename() |> String.trim())
  end
end
