IO.inspect(Enum.to_list(1..60))
IO.inspect(List.duplicate(:x, 51))
