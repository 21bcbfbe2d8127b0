foo a + b
foo -a
foo !a
foo not a
foo a, b + c
foo a |> bar
