IO.puts("before")
{:ok, v} = {:error, :nope}
IO.inspect(v)
