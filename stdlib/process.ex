# Process (Elixir 1.14): thin wrappers over the process natives (:erlang.* BIFs that
# libexcrt implements). The compiler inlines the common ones (compiler/builtins.def);
# these definitions serve captures, apply/3 and the functions it does not inline.
defmodule Process do
  def alive?(pid), do: :erlang.is_process_alive(pid)

  def get, do: :erlang.get()

  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  def get_keys, do: :erlang.get_keys()
  def get_keys(value), do: :erlang.get_keys(value)

  def put(key, value), do: nillify(:erlang.put(key, value))
  def delete(key), do: nillify(:erlang.erase(key))

  def exit(pid, reason), do: :erlang.exit(pid, reason)

  def sleep(timeout) when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    receive do
    after
      timeout -> :ok
    end
  end

  def send(dest, msg, options), do: :erlang.send(dest, msg, options)

  def send_after(dest, msg, time, opts \\ []), do: :erlang.send_after(time, dest, msg, opts)

  def cancel_timer(timer_ref, options \\ []), do: :erlang.cancel_timer(timer_ref, options)
  def read_timer(timer_ref), do: :erlang.read_timer(timer_ref)

  def spawn(fun, opts), do: :erlang.spawn_opt(fun, opts)
  def spawn(mod, fun, args, opts), do: :erlang.spawn_opt(mod, fun, args, opts)

  def monitor(item), do: :erlang.monitor(:process, item)
  def demonitor(monitor_ref, options \\ []), do: :erlang.demonitor(monitor_ref, options)

  def list, do: :erlang.processes()

  def link(pid_or_port), do: :erlang.link(pid_or_port)
  def unlink(pid_or_port), do: :erlang.unlink(pid_or_port)

  def register(pid_or_port, name)
      when is_atom(name) and name != nil and name != false and name != true and
             name != :undefined do
    try do
      :erlang.register(name, pid_or_port)
    catch
      :error, :badarg ->
        raise ArgumentError,
              "could not register #{inspect(pid_or_port)} with name #{inspect(name)} because " <>
                "it is not alive, the name is already taken, or it has already been given another name"
    end
  end

  def registered, do: :erlang.registered()
  def unregister(name), do: :erlang.unregister(name)
  def whereis(name), do: nillify(:erlang.whereis(name))

  def group_leader, do: :erlang.group_leader()
  def group_leader(pid, leader), do: :erlang.group_leader(leader, pid)

  def flag(flag, value), do: :erlang.process_flag(flag, value)
  def flag(pid, flag, value), do: :erlang.process_flag(pid, flag, value)

  def info(pid), do: nillify(:erlang.process_info(pid))

  def info(pid, :registered_name) do
    case :erlang.process_info(pid, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(pid, spec) when is_atom(spec) or is_list(spec), do: nillify(:erlang.process_info(pid, spec))

  def hibernate(mod, fun_name, args), do: :erlang.hibernate(mod, fun_name, args)

  defp nillify(:undefined), do: nil
  defp nillify(other), do: other
end
