r =
  try do
    :erlang.error(:custom)
  catch
    :error, v -> {:error_caught, v}
  end

IO.inspect(r)

r2 =
  try do
    raise "x"
  catch
    kind, value -> {kind, value}
  end

IO.inspect(r2)
