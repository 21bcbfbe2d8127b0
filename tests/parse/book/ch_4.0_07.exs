{:ok, _} =
  Registry.start_link(
    keys: :duplicate,
    name: Registry.ChatPubSub,
    # The number of schedulers available in the VM
    partitions: System.schedulers_online()
  )

# Register the current process under the "Registry.ChatPubSub" registery with a key "chat_room:1"
{:ok, _} = Registry.register(Registry.ChatPubSub, "chat_room:1", [])

# Dispatching by looking up all process registered with the key "chat_room:1" in the
# "Registry.ChatPubSub" registry and then sending them a message.
Registry.dispatch(Registry.ChatPubSub, "chat_room:1", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, "hello world"})
end)

# Receive any broadcasted messages
receive do
  {:broadcast, message} -> IO.inspect(message, label: "Received broadcast")
end
