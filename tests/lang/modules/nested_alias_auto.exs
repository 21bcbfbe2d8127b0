defmodule Parent do
  defmodule Child do
    def v, do: :child
  end

  def get, do: Child.v()
end

IO.inspect(Parent.get())
