f = fn x -> x end
f.(1, 2)
