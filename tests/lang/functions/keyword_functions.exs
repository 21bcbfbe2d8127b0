kw = [a: 1, b: 2, a: 3]
IO.inspect(Keyword.get(kw, :a))
IO.inspect(Keyword.get_values(kw, :a))
IO.inspect(Keyword.put(kw, :c, 4))
IO.inspect(Keyword.delete(kw, :a))
IO.inspect(kw[:b])
IO.inspect(Keyword.keys(kw))
