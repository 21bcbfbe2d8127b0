r =
  try do
    try do
      exit(:out)
    rescue
      _ -> :rescue_does_not_catch_exit
    end
  catch
    :exit, r -> {:outer_catch, r}
  end

IO.inspect(r)
