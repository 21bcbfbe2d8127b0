{a, b} = {1, 2}
IO.inspect({a, b})
[h | t] = [1, 2, 3]
IO.inspect({h, t})
[x, y, z] = [:x, :y, :z]
IO.inspect([z, y, x])
%{k: v} = %{k: "val", other: 1}
IO.inspect(v)
{:ok, {_, inner}} = {:ok, {:skip, :keep}}
IO.inspect(inner)
