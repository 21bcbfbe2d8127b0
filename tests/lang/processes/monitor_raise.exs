defmodule Main do
  def run do
    pid = spawn(fn -> raise "monitored crash" end)
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: m}, _}} ->
        # Let the crash report come out first.
        Process.sleep(200)
        IO.inspect(m)
    end
  end
end

Main.run()
