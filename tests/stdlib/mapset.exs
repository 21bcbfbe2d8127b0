# MapSet, and Enum over MapSets.
t = fn label, f ->
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(result)}")
end

a = MapSet.new([3, 1, 2, 3])
b = MapSet.new(2..5)
t.("new", fn -> {MapSet.new(), a, MapSet.new(a), MapSet.new([1, 2], &(&1 * 10)), MapSet.new(%{x: 1}), MapSet.size(a)} end)
t.("put delete", fn -> {MapSet.put(a, 9), MapSet.put(a, 1), MapSet.delete(a, 1), MapSet.delete(a, 7)} end)
t.("member", fn -> {MapSet.member?(a, 1), MapSet.member?(a, 1.0), MapSet.member?(a, 9), 2 in a} end)
t.("ops", fn -> {MapSet.union(a, b), MapSet.intersection(a, b), MapSet.difference(a, b), MapSet.difference(b, a), MapSet.symmetric_difference(a, b)} end)
t.("preds", fn -> {MapSet.subset?(MapSet.new([1]), a), MapSet.subset?(a, MapSet.new([1])), MapSet.disjoint?(a, MapSet.new([7])), MapSet.disjoint?(a, b), MapSet.equal?(a, MapSet.new([1, 2, 3])), MapSet.equal?(a, b)} end)
t.("filter reject", fn -> {MapSet.filter(b, &(rem(&1, 2) == 0)), MapSet.reject(b, &(rem(&1, 2) == 0)), MapSet.to_list(b)} end)
t.("enum", fn -> {Enum.to_list(a), Enum.map(a, &(&1 * 2)), Enum.count(a), Enum.member?(a, 2), Enum.sum(a), Enum.sort(a, :desc), Enum.into([4, 4, 5], a), Enum.empty?(MapSet.new())} end)
t.("big", fn -> s = MapSet.new(1..100); {MapSet.size(s), Enum.take(s, 3) |> length(), Enum.sum(s), MapSet.size(MapSet.intersection(s, MapSet.new(50..150)))} end)
t.("bad", fn -> MapSet.put(%{}, 1) end)
