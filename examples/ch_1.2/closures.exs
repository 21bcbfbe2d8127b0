# Seed: ch_1.2 "Example of immutability & closures in elixir", second cell.
# The fn returns its inner x after `x = 0` (the book leaves it unused, which
# makes Elixir warn); the cell's value is printed as Livebook shows it.
x = 1

# An anonymous function
anon = fn ->
  # Closure captures the value of x
  IO.puts(x)
  x = 0
  x
end

# Outputs 1
anon.()

# Outputs 1
IO.puts(x)

x = 5

# Outputs 1
anon.()
|> IO.inspect(label: "cell value")

IO.inspect(x, label: "x")
