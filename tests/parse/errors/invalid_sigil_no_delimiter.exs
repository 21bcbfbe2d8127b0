~w
