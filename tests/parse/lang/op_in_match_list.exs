a in [1, 2]
a not in [1]
a in 1..10
not(a in b)
