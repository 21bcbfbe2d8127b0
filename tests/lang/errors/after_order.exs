try do
  try do
    IO.puts("body")
    throw(:t)
  after
    IO.puts("inner after")
  end
catch
  :t -> IO.puts("caught")
after
  IO.puts("outer after")
end
