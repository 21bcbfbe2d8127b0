a - 1
a-1
a -1
a - -1
foo -1
foo - 1
