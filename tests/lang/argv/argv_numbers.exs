sum =
  System.argv()
  |> Enum.map(&String.to_integer/1)
  |> Enum.sum()

IO.puts("sum=#{sum}")
