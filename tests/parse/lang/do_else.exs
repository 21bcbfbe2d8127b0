if a do
  b
else
  c
end
unless a do b else c end
