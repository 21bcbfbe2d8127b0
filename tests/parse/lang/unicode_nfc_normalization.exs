é = 1
x = :é
café(1)
