# Keyword: duplicate keys, order of results, guard errors and KeyError messages.
t = fn label, f ->
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(result)}")
end

kw = [a: 1, b: 2, a: 3]
t.("new", fn -> {Keyword.new(), Keyword.new([a: 1, b: 2, a: 3]), Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}, {:c, 4}]), Keyword.new([:a, :b], &{&1, 1}), Keyword.new(%{x: 1})} end)
t.("new bad", fn -> Keyword.new([1]) end)
t.("keyword?", fn -> {Keyword.keyword?([]), Keyword.keyword?(a: 1), Keyword.keyword?([{"a", 1}]), Keyword.keyword?(:a), Keyword.keyword?([{:a, 1} | :b])} end)
t.("get", fn -> {Keyword.get(kw, :a), Keyword.get(kw, :z), Keyword.get(kw, :z, 0), Keyword.get_lazy(kw, :z, fn -> 5 end), Keyword.get_values(kw, :a), Keyword.get_values(kw, :z)} end)
t.("get bad key", fn -> Keyword.get([b: 2], "a") end)
t.("get bad list", fn -> Keyword.get(%{}, :a) end)
t.("fetch", fn -> {Keyword.fetch(kw, :a), Keyword.fetch(kw, :z), Keyword.fetch!(kw, :b)} end)
t.("fetch! missing", fn -> Keyword.fetch!([b: 2], :a) end)
t.("has_key? keys values", fn -> {Keyword.has_key?(kw, :a), Keyword.has_key?(kw, :z), Keyword.keys(kw), Keyword.values(kw)} end)
t.("keys bad", fn -> Keyword.keys([1]) end)
t.("delete", fn -> {Keyword.delete(kw, :a), Keyword.delete(kw, :z), Keyword.delete_first(kw, :a), Keyword.delete_first(kw, :z)} end)
t.("put", fn -> {Keyword.put(kw, :a, 9), Keyword.put(kw, :z, 9), Keyword.put_new(kw, :a, 9), Keyword.put_new(kw, :z, 9), Keyword.put_new_lazy(kw, :y, fn -> 1 end)} end)
t.("replace", fn -> {Keyword.replace(kw, :a, 0), Keyword.replace(kw, :z, 0), Keyword.replace!(kw, :a, 0), Keyword.replace_lazy(kw, :b, &(&1 * 2))} end)
t.("replace! missing", fn -> Keyword.replace!([b: 2], :a, 1) end)
t.("update", fn -> {Keyword.update!(kw, :a, &(&1 * 10)), Keyword.update([b: 2, a: 1, a: 3], :a, 0, &(&1 * 10)), Keyword.update([b: 2], :a, 0, &(&1 * 10))} end)
t.("update! missing", fn -> Keyword.update!([b: 2], :a, &(&1 * 10)) end)
t.("get_and_update", fn -> {Keyword.get_and_update(kw, :a, &{&1, &1 + 1}), Keyword.get_and_update(kw, :a, fn _ -> :pop end), Keyword.get_and_update(kw, :z, &{&1, 0}), Keyword.get_and_update!(kw, :a, &{&1, 0}), Keyword.get_and_update!(kw, :b, fn _ -> :pop end)} end)
t.("get_and_update! missing", fn -> Keyword.get_and_update!([b: 2], :a, fn _ -> :pop end) end)
t.("get_and_update bad", fn -> Keyword.get_and_update([a: 1], :a, fn _ -> 3 end) end)
t.("merge", fn -> {Keyword.merge(kw, [a: 9, c: 1]), Keyword.merge([], [a: 1]), Keyword.merge([a: 1, b: 2], [b: 3, a: 4, b: 5], fn _k, v1, v2 -> v1 + v2 end), Keyword.merge([a: 1, a: 2, b: 3], [a: 10, c: 5], fn _k, v1, v2 -> v1 * v2 end)} end)
t.("merge bad second", fn -> Keyword.merge([a: 1, b: 2], [{"x", 1}]) end)
t.("merge bad first", fn -> Keyword.merge([{"x", 1}], [a: 1]) end)
t.("merge3 bad", fn -> Keyword.merge([a: 1], [{"x", 1}], fn _, a, _ -> a end) end)
t.("take drop split", fn -> {Keyword.take([a: 1, b: 2, a: 3, c: 4], [:a, :c]), Keyword.drop([a: 1, b: 2, a: 3, c: 4], [:a]), Keyword.split([a: 1, b: 2, a: 3, c: 4], [:a, :d])} end)
t.("pop", fn -> {Keyword.pop(kw, :a), Keyword.pop(kw, :z), Keyword.pop(kw, :z, 0), Keyword.pop!(kw, :b), Keyword.pop_first(kw, :a), Keyword.pop_first(kw, :z, :d), Keyword.pop_lazy(kw, :z, fn -> 1 end), Keyword.pop_values(kw, :a)} end)
t.("pop! missing", fn -> Keyword.pop!([b: 2], :a) end)
t.("filter reject map", fn -> {Keyword.filter(kw, fn {_, v} -> v > 1 end), Keyword.reject(kw, fn {_, v} -> v > 1 end), Keyword.map(kw, fn {_, v} -> v * 2 end)} end)
t.("equal?", fn -> {Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]), Keyword.equal?([a: 1], [a: 1, a: 1]), Keyword.equal?([a: 1], [a: 2])} end)
t.("from_keys to_list", fn -> {Keyword.from_keys([:a, :b], 0), Keyword.to_list(kw)} end)
t.("replace in place", fn -> {Keyword.replace_lazy([a: 1, b: 2, a: 3], :a, &(&1 * 2)), Keyword.replace([a: 1, b: 2, a: 3], :b, 0), Keyword.replace!([b: 1, a: 1, b: 2, a: 3], :a, 0)} end)
t.("keys bad tuple", fn -> Keyword.keys([{"a", 1}]) end)
t.("values bad", fn -> Keyword.values([1]) end)
t.("validate", fn -> {Keyword.validate([], one: 1, two: 2), Keyword.validate([two: 3], one: 1, two: 2), Keyword.validate([three: 3, four: 4], one: 1, two: 2), Keyword.validate([one: 1, two: 2], [:one, :two]), Keyword.validate([one: 1, one: 2], [:one, two: 2]), Keyword.validate([b: 1, a: 2], [:a, :b, c: 3]), Keyword.validate([b: 1, a: 2, z: 1, y: 2], [:a, c: 3]), Keyword.validate([a: 1], [{"a", 1}]), Keyword.validate([a: 1], [:a, :a]), Keyword.validate([c: 1, a: 2, c: 3], [:a, b: 0, c: 9])} end)
t.("validate bad entry", fn -> Keyword.validate([{"a", 1}], [:a]) end)
t.("validate!", fn -> Keyword.validate!([one: 1], [:one, two: 2]) end)
t.("validate! unknown", fn -> Keyword.validate!([three: 3, four: 4], one: 1) end)
t.("validate! unknown2", fn -> Keyword.validate!([three: 3], [:one, two: 2]) end)
