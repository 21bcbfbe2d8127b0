{x, x} = {1, 1}
IO.inspect(x)
same? = fn
  {v, v} -> true
  _ -> false
end
IO.inspect(same?.({2, 2}))
IO.inspect(same?.({2, 3}))
IO.inspect(same?.({[1], [1]}))
