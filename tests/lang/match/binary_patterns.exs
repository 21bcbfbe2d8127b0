"hello " <> name = "hello world"
IO.inspect(name)
<<a, b, rest::binary>> = "abcdef"
IO.inspect({a, b, rest})
<<n::16, m::8>> = <<1, 2, 3>>
IO.inspect({n, m})
<<x::utf8, _::binary>> = "é!"
IO.inspect(x)
