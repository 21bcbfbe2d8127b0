a.b do 1 end
