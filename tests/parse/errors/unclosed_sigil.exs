~w(a b
