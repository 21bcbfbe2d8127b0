a :: b
a :: b :: c
a :: b | c
a :: b when c
x = a :: b
