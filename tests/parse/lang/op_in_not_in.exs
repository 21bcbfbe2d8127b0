a in b
a not in b
not a in b
!a in b
a in b and c
a not in b or c
x in [1, 2, 3]
