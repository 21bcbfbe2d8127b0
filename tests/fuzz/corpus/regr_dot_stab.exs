List.->keydelete(x)
