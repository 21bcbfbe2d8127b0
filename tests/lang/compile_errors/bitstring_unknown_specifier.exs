# A <<>> segment specifier elixir rejects at compile time.
x = 1
IO.inspect <<x::foo>>
