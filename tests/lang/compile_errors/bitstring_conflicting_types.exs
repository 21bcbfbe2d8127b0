# A <<>> segment specifier elixir rejects at compile time.
x = "a"
IO.inspect <<x::binary-integer>>
