# Expressions in a module body run when the module is defined: in a script, at the
# defmodule's place among the top-level expressions; a nested module's body at its
# place in the parent's body. A defmodule's value carries the last expression's value.
IO.puts "before"

defmodule Outer do
  IO.puts "outer start"
  @limit 3
  x = @limit * 2
  def f, do: @limit

  defmodule Inner do
    IO.puts "inner body"
    def g, do: :g
  end

  for i <- 1..x, rem(i, 2) == 0, do: IO.puts("i=#{i}")
  IO.puts "outer end #{inspect(__MODULE__)}"
end

IO.puts "after #{Outer.f()} #{Outer.Inner.g()}"

{:module, mod, _bytecode, last} =
  defmodule Val do
    IO.puts "val body"
    :last
  end

IO.inspect {mod, last}

{:module, Plain, _bytecode, fun} =
  defmodule Plain do
    def h, do: 1
  end

IO.inspect {fun, Plain.h()}
