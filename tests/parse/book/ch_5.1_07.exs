children = [Stack]
