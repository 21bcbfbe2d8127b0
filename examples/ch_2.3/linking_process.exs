# Seed: ch_2.3, Process.link/1 example (LinkingProcess). The call runs in a fresh
# process: under `elixir FILE.exs` the main process holds links to the runner's
# own processes (one per defmodule compiled so far), which would show in the
# lists. The script waits for the child's last print, then prints the cell's value
# as Livebook shows it.
defmodule LinkingProcess do
  def call do
    child_process = spawn(&recursive_link_inspectior/0)

    IO.inspect(self(), label: "Parent process PID")
    IO.inspect(child_process, label: "Child process PID")

    IO.inspect(Process.info(self(), :links), label: "Parent process links")

    send(child_process, :inspect_links)

    # Wait for the child process to print its links
    :timer.sleep(100)

    # Link the two processes
    Process.link(child_process)

    :timer.sleep(100)

    IO.inspect(Process.info(self(), :links), label: "Parent process links")

    send(child_process, :inspect_links)
  end

  defp recursive_link_inspectior do
    receive do
      :inspect_links ->
        links = Process.info(self(), :links)
        IO.inspect(links, label: "Child process links")
    end

    recursive_link_inspectior()
  end
end

parent = self()

spawn(fn ->
  result = LinkingProcess.call()
  :timer.sleep(100)
  send(parent, {:cell_value, result})
end)

receive do
  {:cell_value, result} -> IO.inspect(result)
end
