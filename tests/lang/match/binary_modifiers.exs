# Binary patterns with every type specifier: signed/unsigned, big/little/native,
# size and unit, utf8/16/32, float sizes, bignum sizes, literal prefixes, no-match.
defmodule Bits do
  def m(bin) do
    case bin do
      <<a::signed-8, b::little-16, c::big-unsigned-integer-size(16), rest::binary>> -> {:ints, a, b, c, rest}
      _ -> :nomatch
    end
  end

  def lenp(<<n::8, data::binary-size(n), rest::bits>>), do: {n, data, rest}
  def lenp(other), do: {:short, other}

  def utf(<<a::utf8, b::utf16, c::utf16-little, d::utf32, rest::binary>>), do: {a, b, c, d, rest}
  def utf(_), do: :bad_utf

  def floats(<<x::float-16, y::float-32-little, z::float, rest::binary>>), do: {x, y, z, rest}
  def floats(_), do: :nofloat

  def nibbles(<<h::4, l::4>>), do: {h, l}
  def little12(<<x::12-little, y::12-little-signed>>), do: {x, y}
  def units(<<x::size(3)-unit(8), y::size(2)-unit(4), z::binary>>), do: {x, y, z}
  def big(<<x::size(72), y::signed-size(72), _::binary>>), do: {x, y}
  def prefix(<<"GET "::binary, path::binary>>), do: {:get, path}
  def prefix(<<"POST ", path::binary>>), do: {:post, path}
  def prefix(<<"é"::utf8, rest::binary>>), do: {:e_acute, rest}
  def prefix(_), do: :unknown
  def native(<<x::native-32>>), do: x
end

IO.inspect Bits.m(<<255, 1, 0, 0, 5, ?h, ?i>>)
IO.inspect Bits.m(<<1, 2>>)
IO.inspect Bits.lenp(<<2, ?x, ?y, ?z>>)
IO.inspect Bits.lenp(<<5, ?x>>)
IO.inspect Bits.utf(<<"é"::utf8, 0x1F600::utf16, ?b::utf16-little, 0x10FFFF::utf32, "tail">>)
IO.inspect Bits.utf(<<0xC0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0>>)
IO.inspect Bits.utf(<<0xED, 0xA0, 0x80>>)
IO.inspect Bits.floats(<<1.5::float-16, 2.25::float-32-little, -0.1::float, 7>>)
IO.inspect Bits.floats(<<0x7C00::16, 0::32, 0::64>>)
IO.inspect Bits.nibbles(<<0x12>>)
IO.inspect Bits.little12(<<0x12, 0x34, 0xFF>>)
IO.inspect Bits.units(<<1, 2, 3, 0b1010_0101, 9, 9>>)
IO.inspect Bits.big(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 255, 2, 3, 4, 5, 6, 7, 8, 9, 10>>)
IO.inspect Bits.prefix("GET /index")
IO.inspect Bits.prefix("POST /form")
IO.inspect Bits.prefix("été")
IO.inspect Bits.prefix("PUT /")
IO.inspect Bits.native(<<1, 0, 0, 0>>)
<<2.5::32, 7>> = <<2.5::float-32, 7>>
<<first::binary-size(2), _::binary>> = "hello"
IO.inspect first
for <<r::5, g::6, b::5 <- <<0xF8, 0x00, 0x07, 0xE0>> >>, do: IO.inspect({r, g, b})
IO.inspect(for <<c::utf8 <- "añb">>, do: c)
