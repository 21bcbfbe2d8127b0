[1, 2 | rest] = [1, 2, 3, 4]
IO.inspect(rest)
'ab' ++ more = 'abcd'
IO.inspect(more)
