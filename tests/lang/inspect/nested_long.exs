data = [
  {:user, %{id: 1, name: "alice", email: "alice@example.com"}},
  {:user, %{id: 2, name: "bob", email: "bob@example.com"}},
  {:group, [:admins, :devs, :ops]}
]

IO.inspect(data)
IO.inspect({data, data})
