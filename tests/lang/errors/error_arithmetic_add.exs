x = Enum.at([:a], 0)
x + 1
