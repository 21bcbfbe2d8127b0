spawn(fn ->
  Process.sleep(5000)
  IO.puts("child never prints")
end)

IO.puts("main done")
