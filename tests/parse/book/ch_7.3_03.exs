Enum.map(1..10, fn _ -> get_chuknorris_joke.() end)
