defmodule Outer do
  def hello, do: "outer"

  defmodule Inner do
    def hello, do: "inner"
  end

  def via_inner, do: Inner.hello()
end

IO.puts(Outer.hello())
IO.puts(Outer.Inner.hello())
IO.puts(Outer.via_inner())
IO.inspect(Outer.Inner)
