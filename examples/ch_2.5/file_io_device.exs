# Seed: ch_2.5 "Group Leader": a file's io_device is a process. The book's cell
# writes test.csv; here the file is read back and removed so the run leaves no trace.
{:ok, io_device_pid} = File.open("test.csv", [:write])
IO.inspect(is_pid(io_device_pid), label: "io_device is a pid")
IO.write(io_device_pid, "a binary") |> IO.inspect(label: "IO.write")
:ok = File.close(io_device_pid)
IO.inspect(File.read!("test.csv"), label: "test.csv")
File.rm!("test.csv")
