defmodule Who do
  def me, do: __MODULE__
  def call_me, do: __MODULE__.me()

  defmodule Kid do
    def me, do: __MODULE__
  end
end

IO.inspect(Who.me())
IO.inspect(Who.call_me())
IO.inspect(Who.Kid.me())
IO.inspect(__MODULE__)
