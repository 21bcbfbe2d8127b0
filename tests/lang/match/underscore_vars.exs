{_, second, _} = {1, 2, 3}
IO.inspect(second)
{_first, _} = {1, 2}
[_ | tail] = [0, 1]
IO.inspect(tail)
