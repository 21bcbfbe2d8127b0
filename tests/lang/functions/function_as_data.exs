ops = %{add: &+/2, sub: &-/2, mul: &*/2}
for op <- [:add, :sub, :mul] do
  IO.inspect({op, ops[op].(6, 3)})
end
