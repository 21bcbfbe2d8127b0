# Enum.random/shuffle/take_random with a seeded :rand: the same calls as Elixir, so
# the same picks (needs :rand.uniform with OTP's exsss algorithm).
t = fn label, f ->
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(result)}")
end

t.("seeded random", fn -> :rand.seed(:exsss, {1, 2, 3}); {Enum.random(1..1_000_000_000_000), Enum.random([1, 2, 3, 4, 5]), Enum.random(%{a: 1, b: 2, c: 3}), Enum.random(10..1//-3), Enum.random(MapSet.new([5, 6, 7]))} end)
t.("random empty range", fn -> Enum.random(1..0//1) end)
t.("seeded shuffle take_random", fn -> :rand.seed(:exsss, {4, 5, 6}); {Enum.shuffle(1..10), Enum.shuffle([:a, :b, :c]), Enum.take_random(1..100, 3), Enum.take_random([1, 2, 3, 4], 1), Enum.take_random(1..10, 1), Enum.take_random(1..300, 130) |> Enum.take(5), Enum.take_random([1, 2], 5)} end)
t.("take_random bad", fn -> Enum.take_random([1, 2], -1) end)
