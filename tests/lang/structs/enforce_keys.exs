defmodule Req do
  @enforce_keys [:url]
  defstruct [:url, method: :get]
end

defmodule Main do
  def run do
    IO.inspect(%Req{url: "http://x"})
    IO.inspect(%Req{url: "http://y", method: :post})
  end
end

Main.run()
