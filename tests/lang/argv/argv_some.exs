IO.inspect(System.argv())
IO.inspect(length(System.argv()))

for a <- System.argv() do
  IO.puts("arg: #{a}")
end
