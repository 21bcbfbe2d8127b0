%Foo
