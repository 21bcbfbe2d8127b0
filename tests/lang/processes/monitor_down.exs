defmodule Main do
  def run do
    pid = spawn(fn -> receive do: (:go -> exit(:finished)) end)
    ref = Process.monitor(pid)
    send(pid, :go)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect({:down, reason})
    end
  end
end

Main.run()
