# Seed: ch_2.2 "Exchanging messages between processes", the receive/after cell.
# The mailbox is empty, so the after clause prints its line on stderr after 1 s.
receive do
  {:message, message} when message in [:start, :stop] -> IO.puts(message)
  _ -> IO.puts(:stderr, "Unexpected message received")
after
  1000 -> IO.puts(:stderr, "Timeout, no message in 1 seconds")
end
|> IO.inspect(label: "cell value")
