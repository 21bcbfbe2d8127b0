if foo bar do 1 end
