loop = fn
  0, acc, _self -> acc
  n, acc, self -> self.(n - 1, acc + n, self)
end

IO.inspect(loop.(3_000_000, 0, loop))
