defmodule Ok do
  defstruct [:value]
end

defmodule Err do
  defstruct [:reason]
end

defmodule Main do
  def handle(r) do
    case r do
      %Ok{value: v} -> "ok #{v}"
      %Err{reason: why} -> "error #{why}"
    end
  end

  def run do
    IO.puts(handle(%Ok{value: 1}))
    IO.puts(handle(%Err{reason: :bad}))
  end
end

Main.run()
