send(self(), :ping)
Process.info(self(), :messages) |> IO.inspect(label: "Messages in mailbox")

receive do
  :ping -> IO.puts(:pong)
end

Process.info(self(), :messages) |> IO.inspect(label: "Messages in mailbox")
