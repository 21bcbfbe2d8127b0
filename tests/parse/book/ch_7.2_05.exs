time_bomb_task =
  Task.async(fn ->
    :timer.sleep(2000)
    raise "BOOOOM!"
  end)
  |> IO.inspect()

IO.inspect(Process.info(self(), :links), label: "Parent process #{inspect(self())} links")

# Unlink the spawned task
Task.ignore(time_bomb_task)

IO.inspect(Process.info(self(), :links), label: "Parent process #{inspect(self())} links")

:timer.sleep(2100)

IO.puts("Parent process survived!")
