case x do
  1 -> :one
  n when n > 1 -> :many
  _ -> :other
end
case f(x) do
end
