with {:ok, a} <- f(),
     {:ok, b} <- g(a),
     c = a + b do
  {:ok, c}
else
  {:error, e} -> e
  _ -> :error
end
with {:ok, x} <- y, do: x
