fn
  0 -> :zero
  n -> n
end
fn 0 -> :zero; n -> n end
fn {:ok, v} -> v
   {:error, _} = e -> e end
