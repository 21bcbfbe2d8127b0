IO.puts "x"
raise "top"
