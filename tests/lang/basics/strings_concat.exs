a = "foo"
b = "bar"
IO.puts(a <> b)
IO.puts(a <> " " <> b)
IO.inspect(byte_size("héllo"))
IO.inspect(String.length("héllo"))
IO.inspect("abc" == "abc")
IO.inspect("a" <> "b" == "ab")
"foo" <> rest = "foobar"
IO.inspect(rest)
