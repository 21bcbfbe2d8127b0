foo(1)
bar # no newline at end