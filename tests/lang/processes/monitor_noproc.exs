defmodule Main do
  def run do
    pid = spawn(fn -> :ok end)
    Process.sleep(50)
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
  end
end

Main.run()
