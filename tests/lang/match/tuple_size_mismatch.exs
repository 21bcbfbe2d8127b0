case {1, 2, 3} do
  {a, b} -> IO.inspect({a, b})
  {a, b, c} -> IO.inspect(a + b + c)
end
