key = :b
%{^key => val} = %{a: 1, b: 2}
IO.inspect(val)
