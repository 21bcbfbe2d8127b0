# Selective receive with several clauses sharing constructors: the first message
# in the mailbox that any clause matches is taken, by the first clause matching it;
# unmatched messages stay in order; guards falling through; after.
defmodule Rx do
  def take(tag) do
    receive do
      {^tag, :stop} -> {:stopped, tag}
      {^tag, n} when is_integer(n) and n > 10 -> {:big, n}
      {^tag, n} when is_integer(n) -> {:small, n}
      {:other, x, x} -> {:other_same, x}
      [:list | rest] -> {:list, rest}
      :ping -> :pong
    after
      0 -> :timeout
    end
  end

  def drain(acc) do
    receive do
      m -> drain([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

for m <- [{:b, 1}, {:a, 50}, {:other, 1, 2}, {:a, 3}, [:list, 1], {:other, 2, 2}, :pong,
          {:a, :stop}, :ping, {:a, "s"}] do
  send(self(), m)
end

IO.inspect(for _ <- 1..8, do: Rx.take(:a))
IO.inspect(Rx.drain([]))
