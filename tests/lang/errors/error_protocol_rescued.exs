for v <- [{1, 2}, %{a: 1}, self()] do
  try do
    IO.puts("v=#{v}")
  rescue
    e in Protocol.UndefinedError -> IO.puts(Exception.message(e) |> String.replace(inspect(v), "V"))
  end
end
