IO.inspect(Enum.to_list(1..40))
IO.inspect(Enum.to_list(100..130))
IO.inspect(Enum.map(1..12, fn i -> "string number #{i}" end))
