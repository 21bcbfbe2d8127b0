a = b |> c || d && e == f < g in h ++ i..j + k * l ** m
x = not y and z or w |> v
r = a ++ b <> c -- d .. e
