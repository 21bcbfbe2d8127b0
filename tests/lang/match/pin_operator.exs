x = 1
^x = 1
IO.puts("pinned ok")
y = 2
case 2 do
  ^x -> IO.puts("matched x")
  ^y -> IO.puts("matched y")
end

f = fn
  ^x -> :one
  _ -> :other
end

IO.inspect(f.(1))
IO.inspect(f.(2))
