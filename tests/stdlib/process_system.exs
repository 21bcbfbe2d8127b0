# Process, System and Function wrappers (deterministic parts only: no pids printed).
t = fn label, f ->
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(result)}")
end

t.("dictionary", fn -> {Process.put(:k, 1), Process.put(:k, 2), Process.get(:k), Process.get(:none), Process.get(:none, :d), Process.get_keys(2), Process.delete(:k), Process.delete(:k), Process.get(:k)} end)
t.("get all", fn -> Process.put(:a, 1); {Enum.member?(Process.get(), {:a, 1}), Enum.member?(Process.get_keys(), :a)} end)
t.("alive", fn -> {Process.alive?(self()), is_list(Process.list()), is_pid(Process.group_leader())} end)
t.("register", fn ->
  true = Process.register(self(), :stdlib_test_me)
  r = {Process.whereis(:stdlib_test_me) == self(), :stdlib_test_me in Process.registered(), Process.info(self(), :registered_name)}
  Process.unregister(:stdlib_test_me)
  {r, Process.whereis(:stdlib_test_me), Process.info(self(), :registered_name)}
end)
t.("register nil", fn -> Process.register(self(), nil) end)
t.("unregister missing", fn -> Process.unregister(:stdlib_never_registered) end)
t.("send_after", fn ->
  ref = Process.send_after(self(), :tick, 5)
  receive do
    :tick -> {:got_tick, is_reference(ref), Process.read_timer(ref)}
  after
    1000 -> :timeout
  end
end)
t.("cancel_timer", fn ->
  ref = Process.send_after(self(), :never, 10_000)
  left = Process.cancel_timer(ref)
  {is_integer(left) and left > 0, Process.cancel_timer(ref)}
end)
t.("monitor", fn ->
  pid = spawn(fn -> :ok end)
  ref = Process.monitor(pid)
  receive do
    {:DOWN, r, :process, p, reason} when r == ref and p == pid ->
      {:down, reason, Process.alive?(pid), Process.info(pid)}
  after
    1000 -> :timeout
  end
end)
t.("demonitor", fn ->
  pid = spawn(fn -> receive do: (:stop -> :ok) end)
  ref = Process.monitor(pid)
  r = Process.demonitor(ref, [:flush])
  send(pid, :stop)
  {r, Process.demonitor(ref)}
end)
t.("link", fn ->
  pid = spawn(fn -> receive do: (:stop -> :ok) end)
  r = {Process.link(pid), Process.unlink(pid)}
  send(pid, :stop)
  r
end)
t.("flag", fn -> {Process.flag(:trap_exit, true), Process.flag(:trap_exit, false)} end)
t.("exit trapped", fn ->
  Process.flag(:trap_exit, true)
  pid = spawn_link(fn -> receive do: (:never -> :ok) end)
  Process.exit(pid, :boom)
  r = receive do
    {:EXIT, ^pid, reason} -> {:exit, reason}
  after
    1000 -> :timeout
  end
  Process.flag(:trap_exit, false)
  r
end)
t.("info", fn -> {Process.info(self(), :message_queue_len), Keyword.keys(Process.info(self(), [:message_queue_len, :trap_exit]))} end)
t.("sleep", fn -> {Process.sleep(1), Process.sleep(0)} end)
t.("sleep bad", fn -> Process.sleep(:bad) end)
t.("spawn opts", fn ->
  {pid, ref} = Process.spawn(fn -> :ok end, [:monitor])
  receive do
    {:DOWN, r, :process, p, reason} when r == ref and p == pid -> reason
  after
    1000 -> :timeout
  end
end)
t.("send", fn -> {Process.send(self(), :m, []), receive(do: (:m -> :received))} end)
t.("system time", fn ->
  a = System.monotonic_time()
  b = System.monotonic_time(:millisecond)
  {is_integer(a), is_integer(b), System.monotonic_time() >= a, is_integer(System.system_time(:second)), System.os_time(:second) > 1_600_000_000, is_integer(System.time_offset())}
end)
t.("convert_time_unit", fn -> {System.convert_time_unit(1, :second, :millisecond), System.convert_time_unit(1500, :millisecond, :second), System.convert_time_unit(-1500, :millisecond, :second), System.convert_time_unit(3, :second, 10)} end)
t.("bad unit", fn -> System.monotonic_time(:minutes) end)
t.("schedulers", fn -> {is_integer(System.schedulers_online()), System.schedulers_online() >= 1, System.schedulers() >= System.schedulers_online()} end)
t.("unique_integer", fn -> a = System.unique_integer([:positive, :monotonic]); b = System.unique_integer([:positive, :monotonic]); {a > 0, b > a, is_integer(System.unique_integer())} end)
t.("env", fn -> {is_binary(System.get_env("PATH")), System.get_env("EXC_SURELY_UNSET_VAR"), System.get_env("EXC_SURELY_UNSET_VAR", "d"), System.fetch_env("EXC_SURELY_UNSET_VAR"), match?({:ok, _}, System.fetch_env("PATH"))} end)
t.("fetch_env!", fn -> System.fetch_env!("EXC_SURELY_UNSET_VAR") end)
t.("argv version", fn -> {System.argv(), System.version()} end)
t.("function", fn -> f = &Enum.map/2; {Function.info(f, :arity), Function.info(f, :name), Function.info(f, :module), Function.identity(7), Function.info(Function.capture(Enum, :count, 1), :arity), Function.capture(Enum, :count, 1).([1, 2])} end)
t.("function info", fn -> {Keyword.get(Function.info(fn x -> x end), :arity), Function.info(fn x, y -> {x, y} end, :type), Function.info(&Enum.map/2, :type)} end)
