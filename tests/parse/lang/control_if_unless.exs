if x, do: 1
if x, do: 1, else: 2
if(x, do: 1, else: 2)
unless x, do: 1
if x do
  1
end
unless x do 1 else 2 end
