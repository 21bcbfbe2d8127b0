foo(a) do b end
foo a do b end
Foo.bar a do b end
foo(a, b) do
  c
end
x.y z do w end
