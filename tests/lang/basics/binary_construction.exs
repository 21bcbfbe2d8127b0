# <<>> construction with every type specifier, and the ArgumentError messages of
# segments that cannot be built (values passed through a function so the Erlang
# compiler does not see them coming).
defmodule Build do
  def id(x), do: x

  def try_build(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end

IO.inspect <<1::12-little>>
IO.inspect <<0x123::12-little>>
IO.inspect <<-1::signed-little-32>>
IO.inspect <<5::native-16>>
IO.inspect <<300>>
IO.inspect <<-1>>
IO.inspect <<1::size(70)>>
IO.inspect <<-2::size(80)>>
IO.inspect <<1.5::float-32>>
IO.inspect <<1.5::32>>
IO.inspect <<1.5::little>>
IO.inspect <<1.5::float-16>>
IO.inspect <<1.5::float-little>>
IO.inspect <<1.0::float, 2::float>>
IO.inspect <<?a::utf16, ?b::utf16-little, 0x1F600::utf16, ?c::utf32, ?d::utf32-little>>
IO.inspect <<"é"::utf8, 0x1F600::utf8>>
IO.inspect <<"hé"::utf16>>
IO.inspect <<3::size(2)-unit(4)>>
IO.inspect <<1::size(3)-unit(8)>>
ab = "ab"
IO.inspect <<ab::binary-size(1)>>
IO.inspect <<ab::binary, 0, ab::bits, 1::1>>
IO.inspect <<Build.id(1.0e300)::float-32>>
IO.inspect <<Build.id(1.0e10)::float-16>>
IO.inspect <<Build.id(65519.0)::float-16, Build.id(0.00001)::float-16>>
n = 4
IO.inspect <<255::size(n), 0::size(n)-unit(2)>>

Build.try_build(fn -> <<Build.id(:a)>> end)
Build.try_build(fn -> <<Build.id(1.5)::integer>> end)
Build.try_build(fn -> <<Build.id(:a)::float>> end)
Build.try_build(fn -> <<1::size(Build.id(-1))>> end)
Build.try_build(fn -> <<Build.id("abc")::binary-size(5)>> end)
Build.try_build(fn -> <<Build.id(0xD800)::utf8>> end)
Build.try_build(fn -> <<Build.id(-1)::utf8>> end)
Build.try_build(fn -> <<Build.id(0x110000)::utf16>> end)
Build.try_build(fn -> <<Build.id(:a)::utf32>> end)
Build.try_build(fn -> <<Build.id(<<1::1>>)::binary>> end)
Build.try_build(fn -> <<Build.id(:a)::binary>> end)
Build.try_build(fn -> <<Build.id(<<1::1>>)::binary-size(1)>> end)
Build.try_build(fn -> <<1, 2, Build.id(:x)::bits>> end)
Build.try_build(fn -> <<Build.id(1.0)::float-size(Build.id(24))>> end)
