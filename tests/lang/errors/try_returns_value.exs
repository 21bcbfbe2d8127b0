v =
  try do
    :ok
  after
    :ignored
  end

IO.inspect(v)
