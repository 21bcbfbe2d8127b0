foo bar, baz do
  1
end
foo bar do
  :ok
end
