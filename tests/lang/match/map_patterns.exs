m = %{name: "Ann", age: 30, city: "Oslo"}
%{name: name} = m
IO.inspect(name)
%{} = m
IO.puts("empty map pattern matches any map")
%{"str" => s} = %{"str" => 1}
IO.inspect(s)
case m do
  %{missing: _} -> IO.puts("no")
  %{age: age} when age > 18 -> IO.puts("adult")
end
