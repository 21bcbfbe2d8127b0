try do
  raise ArgumentError, "shown"
rescue
  e -> IO.inspect(e)
end

try do
  Map.fetch!(Enum.at([%{a: 1}], 0), :b)
rescue
  e -> IO.inspect(e)
end
