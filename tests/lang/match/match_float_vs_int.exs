case 1.0 do
  1 -> IO.puts("int 1")
  1.0 -> IO.puts("float 1.0")
end
case 2 do
  2.0 -> IO.puts("float 2.0")
  2 -> IO.puts("int 2")
end
