Process.flag(:trap_exit, true)
p = spawn(fn -> receive do: (:die -> exit(:died)) end)
Process.link(p)
{:links, links} = Process.info(self(), :links)
IO.inspect(p in links)
Process.unlink(p)
{:links, links2} = Process.info(self(), :links)
IO.inspect(p in links2)
send(p, :die)

receive do
  {:EXIT, _, _} = m -> IO.inspect(m)
after
  100 -> IO.puts("no EXIT after unlink")
end
