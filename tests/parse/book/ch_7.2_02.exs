my_task =
  Task.async(fn ->
    # Sleep for 2 seconds
    :timer.sleep(2000)
    IO.puts("Done sleeping")
    DateTime.utc_now()
  end)
  |> IO.inspect()

# Notice how the above task process is linked to the caller process
Process.info(self(), :links)
|> IO.inspect(label: "Parent process #{inspect(self())} links")

Task.await(my_task) |> IO.inspect(label: "Task returned")
