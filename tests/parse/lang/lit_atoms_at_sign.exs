:foo@bar
:"node1@localhost"
:a@b@c
