# linked_child_process = spawn_link(fn -> 
#   :timer.sleep(100)
#   raise("BOOM! Linked process crashed!") 
# end)
# |> IO.inspect(label: "Linked process PID")

# IO.inspect Process.info(self(), :links)

# :timer.sleep(200)

# IO.puts "Parent process still alive!"

# Child process <-> parent process <-> Livebook evaluation process
