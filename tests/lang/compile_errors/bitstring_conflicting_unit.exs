# A <<>> segment specifier elixir rejects at compile time.
x = "ab"
IO.inspect <<x::bits-size(2)-unit(4)>>
