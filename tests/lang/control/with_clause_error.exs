defmodule W do
  def run(x) do
    with {:ok, v} <- x do
      v
    else
      {:error, r} -> r
    end
  end
end

IO.inspect(W.run({:ok, 1}))
IO.inspect(W.run({:error, :why}))
IO.inspect(W.run(:neither))
