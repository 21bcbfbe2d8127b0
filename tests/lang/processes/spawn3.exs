defmodule Worker do
  def run(parent, n), do: send(parent, {:result, n * n})
end

spawn(Worker, :run, [self(), 7])

receive do
  {:result, r} -> IO.inspect(r)
end
