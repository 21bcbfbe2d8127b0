~C(a #{b})
~C[x]
~C{x}
~C<x>
~C/x/
~C|x|
~C"x"
~C'x'
