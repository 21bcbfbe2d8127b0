# Seed: ch_2.2 "Process Dictionary" (five cells, each value printed as Livebook
# shows it). The cells run in a fresh process: the script's main process already
# holds Elixir-internal keys in its dictionary.
run = fn ->
  # Stores the given key-value pair in the process dictionary.
  Process.put(:count, 1)
  Process.put(:locale, "en") |> IO.inspect(label: "put")

  # Returns the value for the given key in the process dictionary
  Process.get(:count) |> IO.inspect(label: "get")

  # Returns all keys in the process dictionary
  Process.get_keys() |> Enum.sort() |> IO.inspect(label: "get_keys")

  # Deletes the given key from the process dictionary
  Process.delete(:count) |> IO.inspect(label: "delete")

  # Returns all key-value pairs in the process dictionary.
  Process.get() |> IO.inspect(label: "get/0")
end

{_pid, ref} = spawn_monitor(run)

receive do
  {:DOWN, ^ref, :process, _, :normal} -> :ok
end
