a = b = c
a = b || c
{a, b} = c = d
[h | t] = list
a = b when c
