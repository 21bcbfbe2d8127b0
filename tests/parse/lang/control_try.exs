try do
  raise "oops"
rescue
  RuntimeError -> :rt
  e in [ArgumentError, KeyError] -> e
end
try do
  throw(:x)
catch
  x -> x
end
