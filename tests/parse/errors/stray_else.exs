foo do
  1
end
else
  2
