Process.register(self(), :main_proc)
IO.inspect(:main_proc in Process.registered())
send(:main_proc, :hi)

receive do
  :hi -> IO.puts("got hi")
end

Process.unregister(:main_proc)
IO.inspect(:main_proc in Process.registered())
IO.inspect(Process.info(self(), :registered_name))
