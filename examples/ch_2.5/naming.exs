# Seed: ch_2.5 "Process naming" (three cells; the middle cell's value is printed
# as Livebook shows it).
Process.register(self(), :my_process)

Process.registered()
|> Enum.any?(&(&1 == :my_process))
|> IO.inspect(label: ":my_process registered?")

send(:my_process, "Hello")
Process.info(self(), :messages) |> IO.inspect()

Process.unregister(:my_process)

Process.registered()
|> Enum.any?(&(&1 == :my_process))
|> IO.inspect(label: ":my_process registered?")
