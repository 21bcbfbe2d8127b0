target = 3
r = for x <- [1, 3, 5] do
  case x do
    ^target -> :hit
    n when n < target -> :low
    _ -> :high
  end
end
IO.inspect(r)
