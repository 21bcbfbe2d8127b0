a + b |> c
a |> b == c
a = b |> c
a |> b || c
a |> b in c
