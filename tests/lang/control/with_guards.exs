check = fn x ->
  with n when is_integer(n) and n > 0 <- x do
    {:positive, n}
  end
end

IO.inspect(check.(4))
IO.inspect(check.(-4))
IO.inspect(check.(:a))
