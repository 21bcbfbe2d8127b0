~W(a #{b} c)
~W[a\nb]
~W{x y}a
~W<x y>c
~W/x/
~W|x|s
~W"x"
~W'x'
