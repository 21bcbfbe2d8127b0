list
# first step
|> Enum.map(& &1)
# second step
|> Enum.sum()
