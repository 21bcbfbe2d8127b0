r =
  with a = 1,
       b = a + 1 do
    {a, b}
  end

IO.inspect(r)
