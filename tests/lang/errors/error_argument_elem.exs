t = Enum.at([{1, 2}], 0)
elem(t, 5)
