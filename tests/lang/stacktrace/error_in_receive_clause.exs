defmodule M do
  def f do
    send(self(), {:v, 0})
    r = receive do
      {:v, x} -> 1 / x
    end
    [r]
  end
end
M.f()
