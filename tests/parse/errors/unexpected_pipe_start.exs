|> foo()
