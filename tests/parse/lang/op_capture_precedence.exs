&foo/1 |> bar
&(&1 * 2) |> Enum.map
&1 + &2
& &1 + &2
&Foo.bar(&1, x: &2)
