a |> b() |> c
a |> b |> c
x |> f.()
x |> Mod.fun(1)
x |> (&(&1 + 1)).()
a |> b(c) |> d(e, f)
