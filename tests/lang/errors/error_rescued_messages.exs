cases = [
  fn -> 1 = Enum.count([1, 2]) end,
  fn -> case Enum.count([]) do 1 -> :x end end,
  fn -> cond do Enum.count([]) > 1 -> :x end end,
  fn -> 1 + Enum.at([:a], 0) end,
  fn -> div(1, Enum.count([])) end,
  fn -> hd(Enum.take([1], 0)) end,
  fn -> Map.fetch!(%{}, :k) end,
  fn -> Enum.at([fn -> 1 end], 0).(1) end,
  fn -> Enum.at([7], 0).() end,
  fn -> %{Enum.at([:m], 0) | a: 1} end,
  fn -> Enum.at([%{}], 0).k end,
  fn -> raise "plain" end,
  fn -> String.to_atom(Enum.at([1], 0)) end,
  fn -> Enum.at([Kernel], 0).nope() end
]

for f <- cases do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
