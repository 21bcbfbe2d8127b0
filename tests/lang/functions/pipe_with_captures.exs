[1, 2, 3, 4]
|> Enum.map(&(&1 * 2))
|> Enum.filter(&(rem(&1, 4) == 0))
|> Enum.map(&Integer.to_string/1)
|> Enum.join("+")
|> IO.puts()
