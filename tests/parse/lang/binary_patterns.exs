<<h, t::binary>> = s
<<len::32, data::binary-size(len)>> = bin
<<"prefix", rest::binary>> = s
<<c::utf8, _::binary>> = s
