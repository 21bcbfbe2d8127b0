foo do 1 end
foo x do
  x
end
foo(x) do
  y
end
foo x, y do z end
