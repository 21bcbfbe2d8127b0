a |> foo b
foo a |> bar
