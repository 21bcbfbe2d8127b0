if a, do: 1 do
  2
end
