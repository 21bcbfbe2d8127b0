IO.puts("sending")
send(:nobody_here, :msg)
