IO.puts("line 1")
IO.puts("line 2")
IO.inspect(%{partial: :output})
raise RuntimeError, "final failure"
