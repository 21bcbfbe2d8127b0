f = fn x -> x / 0 end
IO.puts "a"
[f.(1)]
