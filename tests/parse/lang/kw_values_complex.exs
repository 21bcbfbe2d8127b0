[a: x + 1, b: foo bar]
[do: (a; b)]
[a: if(x, do: 1), b: 2]
