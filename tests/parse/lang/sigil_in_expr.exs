x = ~w(a b)a ++ [:c]
String.split(s, ~r/,\s*/)
foo ~s(x), ~c(y)
