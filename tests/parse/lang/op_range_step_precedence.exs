a..b//c + d
a..b // c
first..last//step = range
