x when y
x when y when z
x when y and z
f(a) when is_integer(a) and a > 0
x when y or z when w
a = b when c
