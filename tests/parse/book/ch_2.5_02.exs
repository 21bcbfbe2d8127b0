IO.puts "hello"
IO.puts :stdio, "hello"
IO.puts Process.group_leader, "hello"
