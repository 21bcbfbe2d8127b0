for v <- [[], "", 0, nil, false, :x] do
  IO.inspect(if(v, do: :truthy, else: :falsy))
end
