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

LinkingProcess.call()
