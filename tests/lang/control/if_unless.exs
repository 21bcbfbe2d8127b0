IO.inspect(if true, do: :yes, else: :no)
IO.inspect(if false, do: :yes, else: :no)
IO.inspect(if nil, do: :yes)
IO.inspect(if 0, do: :zero_truthy)
IO.inspect(unless false, do: :ran)
IO.inspect(unless true, do: :ran)
IO.inspect(unless true, do: :a, else: :b)

if 1 > 0 do
  IO.puts("block if")
else
  IO.puts("block else")
end

unless 1 > 0 do
  IO.puts("unless body")
else
  IO.puts("unless else")
end
