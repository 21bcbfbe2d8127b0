defmodule D do
  def greet(name, greeting \\ "Hello"), do: "#{greeting}, #{name}!"
  def add(a, b \\ 1, c \\ 10), do: a + b + c
end

IO.puts(D.greet("Ann"))
IO.puts(D.greet("Bob", "Hi"))
IO.inspect(D.add(1))
IO.inspect(D.add(1, 2))
IO.inspect(D.add(1, 2, 3))
