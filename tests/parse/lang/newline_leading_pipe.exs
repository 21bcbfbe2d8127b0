value
|> foo()
|> bar(1)
|> baz
