%Foo{a: 1}
