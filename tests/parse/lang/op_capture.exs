&(&1 + 1)
&Mod.fun/2
&fun/1
&foo(&1, 2)
& &1
&{&1, &2}
&[&1 | &2]
&Kernel.+/2
&(&1.name)
&:erlang.self/0
&@attr.fun/1
&(&1)
