# Seed: ch_2.3 "Process Linking", the commented-out cell, uncommented: the linked
# child's crash takes the parent (the script's main process) down, exit status 1.
linked_child_process = spawn_link(fn ->
  :timer.sleep(100)
  raise("BOOM! Linked process crashed!")
end)
|> IO.inspect(label: "Linked process PID")

IO.inspect Process.info(self(), :links)

:timer.sleep(200)

IO.puts "Parent process still alive!"
_ = linked_child_process
