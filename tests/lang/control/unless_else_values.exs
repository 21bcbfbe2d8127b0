IO.inspect(unless(nil, do: 1, else: 2))
IO.inspect(unless(:x, do: 1, else: 2))
