Foo.bar(1) do end
a.b c do end
(a).b
(a).b()
