IO.puts(1)
IOinspect(x)
