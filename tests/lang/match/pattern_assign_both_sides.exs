{a, b} = {b2, a2} = {1, 2}
IO.inspect({a, b, a2, b2})
[first | _] = list = [9, 8]
IO.inspect({first, list})
