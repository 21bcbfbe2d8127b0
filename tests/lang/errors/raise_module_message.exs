raise KeyError, "custom key error"
