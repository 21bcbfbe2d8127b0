# Seed: ch_1.2 "Example of immutability & closures in elixir", first cell.
list = [1, 2, 3, 4]

# Returns a new list
Enum.filter(list, fn num -> num > 2 end) |> IO.inspect()

# [1, 2, 3, 4] Original list remains unchanged
# (the cell's value, shown by Livebook)
IO.inspect(list)
