defmodule Cfg do
  @default_port 4000
  defstruct host: "localhost", port: @default_port, opts: [retry: 3 * 2]
end

defmodule Main do
  def run, do: IO.inspect(%Cfg{})
end

Main.run()
