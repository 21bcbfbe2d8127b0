do 1 end
