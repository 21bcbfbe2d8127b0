defmodule Req do
  @enforce_keys [:url, :id]
  defstruct [:url, :id, method: :get]
end

defmodule Build do
  def make(kw), do: struct!(Req, kw)
end

IO.inspect(Build.make(url: "u", id: 1))
Build.make(url: "u")
