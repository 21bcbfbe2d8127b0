# Start the Stack GenServer and register it under the "Registry.ProcessStore"
# with a key named "stack_server_1"
GenServer.start_link(
  Stack,
  [],
  name: {:via, Registry, {Registry.ProcessStore, "stack_server_1"}}
)

# Start another instance of the Stack server with the name "stack_server_2"
# Notice how we also store an optional value associated with this process `:second_stack`
GenServer.start_link(
  Stack,
  [],
  name: {:via, Registry, {Registry.ProcessStore, "stack_server_2", :second_stack}}
)
