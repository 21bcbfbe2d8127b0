x = :a.B
