r =
  try do
    exit(:shutdown)
  catch
    :exit, reason -> {:exit_caught, reason}
  end

IO.inspect(r)
