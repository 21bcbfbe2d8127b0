defmodule W do
  def f(x) do
    with {:ok, v} <- x do
      v
    else
      {:error, _} -> :err
    end
  end
end

W.f(:other)
