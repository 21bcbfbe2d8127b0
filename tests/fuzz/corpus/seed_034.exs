"a".b
