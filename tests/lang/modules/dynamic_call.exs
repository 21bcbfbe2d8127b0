defmodule Dyn do
  def hello(name), do: "hello #{name}"
end

mod = Dyn
fun = :hello
IO.inspect(apply(mod, fun, ["x"]))
IO.inspect(mod.hello("y"))
IO.inspect(apply(Dyn, :hello, ["z"]))
IO.inspect(apply(fn a, b -> a - b end, [10, 3]))
