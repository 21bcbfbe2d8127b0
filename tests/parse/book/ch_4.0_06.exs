# Start a Registry which allows duplicates
{:ok, _} = Registry.start_link(keys: :duplicate, name: Registry.Numbers)

# Register the current process 3 times under the same key "odd"
# Save a value along with registration that is 1, "3" and fn -> 5
{:ok, _} = Registry.register(Registry.Numbers, "odd", 1)
{:ok, _} = Registry.register(Registry.Numbers, "odd", "3")
{:ok, _} = Registry.register(Registry.Numbers, "odd", fn -> 5 end)

# Register the current process 3 times under another key "even"
{:ok, _} = Registry.register(Registry.Numbers, "even", 2)
{:ok, _} = Registry.register(Registry.Numbers, "even", "4")
{:ok, _} = Registry.register(Registry.Numbers, "even", fn -> 6 end)

# Dispatching on processes registered under the key "odd"
Registry.dispatch(Registry.Numbers, "odd", fn entries ->
  for {_pid, num} <- entries do
    cond do
      is_number(num) -> num
      is_binary(num) -> String.to_integer(num)
      is_function(num) -> num.()
    end
    |> IO.inspect(label: "ODD")
  end
end)

# Dispatching on processes registered under the key "even"
Registry.dispatch(Registry.Numbers, "even", fn entries ->
  for {_pid, num} <- entries do
    cond do
      is_number(num) -> num
      is_binary(num) -> String.to_integer(num)
      is_function(num) -> num.()
    end
    |> IO.inspect(label: "EVEN")
  end
end)
