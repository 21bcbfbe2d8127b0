try do
  IO.puts("in try")
  raise "escapes"
after
  IO.puts("cleanup")
end
