not(a)
not (a)
!(a)
-(a)
