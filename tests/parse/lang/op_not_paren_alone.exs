not(a)
