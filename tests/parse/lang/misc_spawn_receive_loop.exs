defmodule Loop do
  def loop(state) do
    receive do
      {:get, from} ->
        send(from, {:state, state})
        loop(state)
      {:put, new} ->
        loop(new)
    end
  end
end
pid = spawn(fn -> Loop.loop(0) end)
send pid, {:put, 1}
