true
false
nil
[true, false, nil]
