# Seed: ch_2.2, the same receive as receive_after.exs, run with a message waiting
# for each clause in turn.
for msg <- [{:message, :start}, {:message, :other}] do
  send(self(), msg)

  receive do
    {:message, message} when message in [:start, :stop] -> IO.puts(message)
    _ -> IO.puts(:stderr, "Unexpected message received")
  after
    1000 -> IO.puts(:stderr, "Timeout, no message in 1 seconds")
  end
end
