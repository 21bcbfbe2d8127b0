defmodule S do
  @enforce_keys [:id]
  defstruct [:id]
end

defmodule U do
  def f, do: %S{}
end
