for x <- list, do: x * 2
for x <- list, y <- other, x > y, do: {x, y}
for {k, v} <- map, into: %{}, do: {v, k}
for x <- list, reduce: 0 do
  acc -> acc + x
end
for <<c <- string>>, c != ?\s, into: "", do: <<c>>
for x <- list, uniq: true do
  x
end
