Foo.{A, B}
