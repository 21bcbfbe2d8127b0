fact = fn
  0, _self -> 1
  n, self -> n * self.(n - 1, self)
end

IO.inspect(fact.(10, fact))
