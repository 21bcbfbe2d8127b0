split = fn l -> {Enum.take(l, 1), Enum.drop(l, 1)} end
{a, b} = split.([1, 2, 3])
IO.inspect(a)
IO.inspect(b)
