(a + b) * c
-(a + b)
(a || b) && c
(fn -> 1 end).()
foo((a))
