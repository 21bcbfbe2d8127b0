defmodule CronJob do
  use GenServer

  # Every 10 seconds
  @interval :timer.seconds(10)

  def start_link(_opts) do
    GenServer.start_link(__MODULE__, %{})
  end

  def init(state) do
    schedule_work()
    {:ok, state}
  end

  def handle_info(:work, state) do
    work()
    schedule_work()
    {:noreply, state}
  end

  defp schedule_work() do
    Process.send_after(self(), :work, @interval)
  end

  defp work() do
    IO.inspect("Working...")
  end
end

CronJob.start_link(nil)
