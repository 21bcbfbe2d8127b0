defmodule EchoServer do
  use GenServer

  def start_link(args) do
    GenServer.start_link(__MODULE__, args)
  end

  @impl true
  def init(args) do
    IO.inspect("EchoServer #{inspect(self())} started with args: #{inspect(args)}")
    {:ok, :noop}
  end

  @impl true
  def handle_call({:echo, msg}, _from, state) do
    IO.inspect("EchoServer(#{inspect(self())}) echoing: #{inspect(msg)}")
    {:reply, msg, state}
  end
end
