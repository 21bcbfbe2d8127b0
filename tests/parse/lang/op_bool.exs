a and b or c
a or b and c
not a and b
a && b || c
a || b && c
a and not b
a || b or c && d and e
!a || !b
