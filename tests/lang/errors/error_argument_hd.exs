l = Enum.take([1], 0)
hd(l)
