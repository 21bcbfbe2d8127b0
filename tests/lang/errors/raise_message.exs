IO.puts("start")
raise "something bad"
