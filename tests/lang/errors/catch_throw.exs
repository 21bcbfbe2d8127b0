r =
  try do
    throw(:thrown_value)
  catch
    v -> {:caught, v}
  end

IO.inspect(r)

r2 =
  try do
    throw({:complex, [1, 2]})
  catch
    :throw, {:complex, l} -> {:caught_kind, l}
  end

IO.inspect(r2)
