r =
  try do
    raise "oops"
  rescue
    e -> {:rescued, e.message, e.__struct__}
  end

IO.inspect(r)
