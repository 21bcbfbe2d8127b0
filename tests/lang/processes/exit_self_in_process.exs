defmodule Main do
  def run do
    parent = self()

    pid =
      spawn(fn ->
        Process.exit(self(), :normal)
        send(parent, :still_alive_after_self_normal)
      end)

    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect({:down, reason})
      :still_alive_after_self_normal -> IO.puts("still alive")
    end
  end
end

Main.run()
