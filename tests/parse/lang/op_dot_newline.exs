a
|> Foo.
  bar()
x.
  y
