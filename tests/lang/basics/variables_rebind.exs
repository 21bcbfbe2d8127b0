x = 1
IO.inspect(x)
x = x + 1
IO.inspect(x)
{x, y} = {x * 10, x}
IO.inspect({x, y})
_ignored = 5
IO.inspect(_ignored = :still_a_value)
