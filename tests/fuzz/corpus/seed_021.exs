send(self(), {:hello, "world"})
