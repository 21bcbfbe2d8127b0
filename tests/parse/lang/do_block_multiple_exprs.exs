foo do
  a
  b
  c
else
  d; e
end
