{:ok, io_device_pid} = File.open("test.csv", [:write])
IO.write(io_device_pid, "a binary")
