<<a::8>>
<<a::size(8)>>
<<a::binary>>
<<a::binary-size(4), rest::binary>>
<<x::integer-little-signed-size(16)>>
<<a::utf8, b::utf16, c::utf32>>
<<a::8-unit(2)>>
<<a::bits, b::bitstring>>
<<a::float-64>>
<<1::4, 2::4>>
<<x::size(n)-unit(8)>>
