# System (Elixir 1.14): time, schedulers, arguments, environment and halting, over
# :erlang time BIFs and a few exc natives (:exc.argv/0, :exc.getenv/1).
defmodule System do
  def argv, do: :exc.argv()

  def version, do: "1.14.0"

  def schedulers, do: :erlang.system_info(:schedulers)
  def schedulers_online, do: :erlang.system_info(:schedulers_online)

  def monotonic_time, do: :erlang.monotonic_time()
  def monotonic_time(unit), do: :erlang.monotonic_time(normalize_time_unit(unit))

  def system_time, do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(normalize_time_unit(unit))

  def os_time, do: :os.system_time()
  def os_time(unit), do: :os.system_time(normalize_time_unit(unit))

  def time_offset, do: :erlang.time_offset()
  def time_offset(unit), do: :erlang.time_offset(normalize_time_unit(unit))

  def convert_time_unit(time, from_unit, to_unit) do
    :erlang.convert_time_unit(time, normalize_time_unit(from_unit), normalize_time_unit(to_unit))
  end

  def unique_integer(modifiers \\ []), do: :erlang.unique_integer(modifiers)

  def get_env(varname, default \\ nil) when is_binary(varname) do
    case :exc.getenv(varname) do
      nil -> default
      value -> value
    end
  end

  def fetch_env(varname) when is_binary(varname) do
    case :exc.getenv(varname) do
      nil -> :error
      value -> {:ok, value}
    end
  end

  def fetch_env!(varname) when is_binary(varname) do
    case :exc.getenv(varname) do
      nil -> raise System.EnvError, env: varname
      value ->
        value
    end
  end

  def halt(status \\ 0)
  def halt(status) when is_integer(status) or status == :abort, do: :erlang.halt(status)

  def stop(status \\ 0) when is_integer(status), do: :erlang.halt(status)

  defp normalize_time_unit(:native), do: :native
  defp normalize_time_unit(:second), do: :second
  defp normalize_time_unit(:millisecond), do: :millisecond
  defp normalize_time_unit(:microsecond), do: :microsecond
  defp normalize_time_unit(:nanosecond), do: :nanosecond
  defp normalize_time_unit(:perf_counter), do: :perf_counter
  defp normalize_time_unit(unit) when is_integer(unit) and unit > 0, do: unit

  defp normalize_time_unit(other) do
    raise ArgumentError,
          "unsupported time unit. Expected :second, :millisecond, " <>
            ":microsecond, :nanosecond, or a positive integer, " <> "got #{inspect(other)}"
  end
end

defmodule System.EnvError do
  defexception [:env]

  @impl true
  def message(%{env: env}) do
    "could not fetch environment variable #{inspect(env)} because it is not set"
  end
end
