Enum.map(list, &Kernel.*(&1, 2))
Enum.map(list, &{&1, &1})
Enum.reduce(list, &(&1 + &2))
fun = &is_atom/1
&(&1).field
&(&1 |> f())
