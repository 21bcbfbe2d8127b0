foo bar, baz do 1 end
