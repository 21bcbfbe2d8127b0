f = fn x -> x
