if a do
  if b do
    c
  end
end
foo do
  bar do
    baz
  end
end
