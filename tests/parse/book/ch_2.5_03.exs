iex --sname node1@localhost
iex --sname node2@localhost
