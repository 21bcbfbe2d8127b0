foo do
  1
after
  2
else
  3
catch
  4
rescue
  5
end
