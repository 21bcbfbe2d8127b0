defmodule W do
  def run(m) do
    with {:ok, a} <- Map.fetch(m, :a),
         true <- is_integer(a),
         b = a * 2,
         {:ok, c} <- Map.fetch(m, :c) do
      {:ok, a + b + c}
    else
      :error -> {:error, :missing}
      false -> {:error, :not_integer}
    end
  end
end

IO.inspect(W.run(%{a: 1, c: 10}))
IO.inspect(W.run(%{a: 1}))
IO.inspect(W.run(%{a: "x", c: 1}))
