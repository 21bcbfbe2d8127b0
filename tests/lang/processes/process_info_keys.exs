parent = self()

pid =
  spawn(fn ->
    Process.register(self(), :info_target)
    send(parent, :registered)
    receive do: (:never -> :ok)
  end)

receive do
  :registered -> :ok
end

send(pid, :unmatched_1)
send(pid, :unmatched_2)
Process.sleep(50)
IO.inspect(Process.info(pid, :message_queue_len))
IO.inspect(Process.info(pid, :messages))
IO.inspect(Process.info(pid, :registered_name))
IO.inspect(Process.info(pid, :status))
IO.inspect(Process.info(pid, :links))
IO.inspect(Process.info(pid, [:message_queue_len, :registered_name]))
Process.exit(pid, :kill)
Process.sleep(50)
IO.inspect(Process.info(pid, :status))
