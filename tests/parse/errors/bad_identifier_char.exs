iex --sname node1@localhost
