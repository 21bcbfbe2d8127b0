import Bitwise
IO.inspect(band(12, 10))
IO.inspect(bor(12, 10))
IO.inspect(bxor(12, 10))
IO.inspect(bsl(1, 10))
IO.inspect(bsr(1024, 3))
IO.inspect(bnot(0))
IO.inspect(12 &&& 10)
IO.inspect(1 <<< 70)
