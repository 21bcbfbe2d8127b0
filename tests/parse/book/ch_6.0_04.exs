defmodule DownloadsSupervisor do
  use DynamicSupervisor
  require Logger

  # Public functions the interact with the supervisor

  @doc """
  Start the supervisor process
  """
  def start_link(_) do
    DynamicSupervisor.start_link(__MODULE__, :no_args, name: __MODULE__)
  end

  @doc """
  Start a new download under the supervisor
  """
  def add(args) do
    {:ok, pid} = DynamicSupervisor.start_child(__MODULE__, {DownloadWorker, args})

    pid
  end

  @doc """
  Stop an existing download process under the supervisor
  """
  def remove(child_pid) do
    DynamicSupervisor.terminate_child(__MODULE__, child_pid)
  end

  # Callbacks

  @impl true
  def init(:no_args) do
    DynamicSupervisor.init(strategy: :one_for_one)
  end
end
