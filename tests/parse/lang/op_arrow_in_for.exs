x <- list
{a, b} <- pairs
a <- b = c
