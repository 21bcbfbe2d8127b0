~R(a\d+#{x})
~R[x]i
~R{x}
~R<x>
~R/x/
~R|x|
~R"x"
~R'x'
