foo bar baz
foo bar, baz
foo bar baz, qux
a b c d
