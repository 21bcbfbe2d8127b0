a [b]
a [1, 2]
foo [a: 1]
