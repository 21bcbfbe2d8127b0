a...b
