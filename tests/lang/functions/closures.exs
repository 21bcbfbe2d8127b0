make_adder = fn n -> fn x -> x + n end end
add5 = make_adder.(5)
add10 = make_adder.(10)
IO.inspect(add5.(1))
IO.inspect(add10.(1))
counter = fn start ->
  fn step -> start + step end
end
IO.inspect(counter.(100).(1))
