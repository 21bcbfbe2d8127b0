defmodule U do
  def f, do: %NoSuchStruct{}
end
