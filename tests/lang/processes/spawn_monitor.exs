defmodule Main do
  def run do
    {pid, ref} = spawn_monitor(fn -> exit(:from_spawn_monitor) end)
    IO.inspect(is_pid(pid))
    IO.inspect(is_reference(ref))

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
  end
end

Main.run()
