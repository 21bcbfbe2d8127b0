defmodule Here do
  def f, do: :ok
end

mod = Enum.at([Here], 0)
mod.g()
