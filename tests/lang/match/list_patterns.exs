describe = fn
  [] -> "empty"
  [_] -> "one"
  [a, a] -> "pair of same"
  [_, _] -> "two"
  [h | _] when is_atom(h) -> "starts with atom"
  _ -> "many"
end

for l <- [[], [1], [2, 2], [1, 2], [:a, 1, 2], [1, 2, 3]] do
  IO.puts(describe.(l))
end
