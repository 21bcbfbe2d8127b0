# Defining a new echo server GenServer with a start_link/2 function
# to also receive the partition number as an argument.
defmodule EchoServerV2 do
  use GenServer

  def start_link(args, partition_number) do
    GenServer.start_link(__MODULE__, [args, partition_number])
  end

  @impl true
  def init([args, partition_number]) do
    IO.inspect(
      "EchoServer #{inspect(self())} started on partition #{partition_number} with args: #{inspect(args)}"
    )

    # We save the partition number in the GenServer state
    {:ok, partition_number}
  end

  @impl true
  def handle_call({:echo, msg}, _from, partition_number) do
    IO.inspect(
      "EchoServer(#{inspect(self())})(partition=#{partition_number}) echoing: #{inspect(msg)}"
    )

    {:reply, msg, partition_number}
  end
end
