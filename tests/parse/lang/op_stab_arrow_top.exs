case x do
  a -> b
  c when d -> e
end
