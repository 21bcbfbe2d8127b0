f = fn {:ok, v} -> v end
IO.inspect(f.({:ok, 1}))
f.({:error, 2})
