r =
  receive do
    :never -> :got
  after
    0 -> :timeout_zero
  end

IO.inspect(r)

r2 =
  receive do
    :never -> :got
  after
    50 -> :timeout_50
  end

IO.inspect(r2)
send(self(), :now)

r3 =
  receive do
    :now -> :got_now
  after
    0 -> :timeout
  end

IO.inspect(r3)
