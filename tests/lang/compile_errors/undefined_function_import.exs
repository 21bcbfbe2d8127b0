IO.puts("never runs")
no_such_function(1, 2)
