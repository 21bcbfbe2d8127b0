Process.flag(:trap_exit, true)
pid = spawn_link(fn -> raise ArgumentError, "bad" end)

receive do
  {:EXIT, ^pid, {%ArgumentError{message: m}, _stack}} -> IO.inspect({:exception_exit, m})
end
