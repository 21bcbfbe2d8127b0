~S(no #{interp} \n here)
~S[a\]b]
~S{x}
~S<x>
~S/x/
~S|x|
~S"x"
~S'x'
