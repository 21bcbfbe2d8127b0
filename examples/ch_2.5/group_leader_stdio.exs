# Seed: ch_2.5 "Group Leader": three equivalent ways to write to standard output.
IO.puts "hello"
IO.puts :stdio, "hello"
IO.puts Process.group_leader, "hello"
