x = "a#{b
