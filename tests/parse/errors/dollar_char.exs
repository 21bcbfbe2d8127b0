a$b
