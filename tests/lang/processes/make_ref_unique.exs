r1 = make_ref()
r2 = make_ref()
IO.inspect(r1 == r2)
IO.inspect(r1 == r1)
parent = self()
ref = make_ref()
spawn(fn -> send(parent, {ref, :reply}) end)

receive do
  {^ref, v} -> IO.inspect(v)
end
