r =
  try do
    try do
      raise "inner"
    rescue
      e -> reraise e, __STACKTRACE__
    end
  rescue
    e -> {:outer_got, e.message}
  end

IO.inspect(r)
