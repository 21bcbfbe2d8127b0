@spec foo(a) :: b when a: integer, b: atom
