Foo.Bar(1)
