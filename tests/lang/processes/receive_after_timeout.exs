r =
  receive do
    :x -> :got
  after
    100 -> :timed_out
  end

IO.inspect(r)
