{:ok, fn -> :done end}
[a: 1] ++ [b: 2]
{:reply, :ok, %{state | n: state.n + 1}}
