case x do
  {:ok, v} when v > 0 ->
    v
  {:error, _} ->
    nil
  _ -> :default
end
