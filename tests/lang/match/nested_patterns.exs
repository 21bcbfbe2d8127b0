data = {:ok, %{items: [{:item, 1, "one"}, {:item, 2, "two"}], meta: {:page, 1}}}
{:ok, %{items: [{:item, id, label} | _], meta: {:page, page}}} = data
IO.inspect({id, label, page})
