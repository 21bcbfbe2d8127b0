r = 1..5
IO.inspect(r)
IO.inspect(Enum.to_list(r))
IO.inspect(3 in r)
IO.inspect(9 in r)
IO.inspect(Enum.to_list(10..1//-3))
IO.inspect(1..10//2)
first..last = 4..9
IO.inspect({first, last})
