a[b]
a[b][c]
a[:key]
a["str"]
foo()[1]
@attr[1]
a.b[c]
a.b[c][d]
map[key] = value
