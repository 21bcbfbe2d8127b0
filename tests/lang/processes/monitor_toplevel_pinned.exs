# Top-level receive on a pinned ref without a pinned pid (a pinned ref and pid at
# the top level trips an internal error in OTP 25's compiler, see monitor_down.exs).
pid = spawn(fn -> Process.sleep(20) end)
ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who == pid, reason})
end
