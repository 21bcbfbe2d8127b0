opts = %{a: 1, b: 2}
r =
  with {:ok, a} <- Map.fetch(opts, :a),
       {:ok, b} <- Map.fetch(opts, :b) do
    a + b
  end
IO.inspect(r)
r2 =
  with {:ok, a} <- Map.fetch(opts, :a),
       {:ok, c} <- Map.fetch(opts, :c) do
    a + c
  end
IO.inspect(r2)
