classify = fn x ->
  case x do
    n when is_integer(n) and n < 0 -> :negative
    0 -> :zero
    n when is_integer(n) -> :positive
    f when is_float(f) -> :float
    _ -> :other
  end
end

IO.inspect(Enum.map([-1, 0, 3, 2.5, :x], classify))
