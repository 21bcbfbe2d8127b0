a in b
