# Map: results, map order of the returned collections, and BadMapError/KeyError.
defmodule Pt do
  defstruct x: 1, y: nil
end

t = fn label, f ->
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(result)}")
end

m = %{a: 1, b: 2, c: 3}
t.("new", fn -> {Map.new(), Map.new([{:b, 1}, {:a, 2}]), Map.new(%{x: 1}), Map.new(1..3, &{&1, &1 * 2}), Map.new([a: 1, a: 2]), Map.new([1, 2], fn x -> {x, x} end)} end)
t.("new struct", fn -> Map.new(struct(Pt, [])) end)
t.("new bad", fn -> Map.new([1]) end)
t.("keys values", fn -> {Map.keys(m), Map.values(m), Map.to_list(m), Map.keys(%{})} end)
t.("keys bad", fn -> Map.keys(1) end)
t.("has_key?", fn -> {Map.has_key?(m, :a), Map.has_key?(m, :z), Map.has_key?(%{1 => 1}, 1.0)} end)
t.("fetch", fn -> {Map.fetch(m, :a), Map.fetch(m, :z), Map.fetch!(m, :b)} end)
t.("fetch! missing", fn -> Map.fetch!(m, :z) end)
t.("fetch! badmap", fn -> Map.fetch!([], :z) end)
t.("get", fn -> {Map.get(m, :a), Map.get(m, :z), Map.get(m, :z, 0), Map.get_lazy(m, :z, fn -> :lazy end), Map.get_lazy(m, :a, fn -> :lazy end)} end)
t.("get badmap", fn -> Map.get(1, :a) end)
t.("put", fn -> {Map.put(m, :d, 4), Map.put(m, :a, 0), Map.put(%{}, "k", nil)} end)
t.("put badmap", fn -> Map.put(1, :a, 1) end)
t.("put_new", fn -> {Map.put_new(m, :a, 0), Map.put_new(m, :z, 0), Map.put_new_lazy(m, :z, fn -> 9 end), Map.put_new_lazy(m, :a, fn -> 9 end)} end)
t.("replace", fn -> {Map.replace(m, :a, 0), Map.replace(m, :z, 0), Map.replace!(m, :b, 0), Map.replace_lazy(m, :c, &(&1 * 100)), Map.replace_lazy(m, :z, &(&1 * 100))} end)
t.("replace! missing", fn -> Map.replace!(m, :z, 0) end)
t.("delete", fn -> {Map.delete(m, :a), Map.delete(m, :z), Map.drop(m, [:a, :c, :z]), Map.drop(m, [])} end)
t.("drop badmap", fn -> Map.drop(:x, [:a]) end)
t.("take", fn -> {Map.take(m, [:a, :c, :z]), Map.take(m, []), Map.take(%{1 => :x}, [1.0])} end)
t.("take badmap", fn -> Map.take(:x, [:a]) end)
t.("split", fn -> {Map.split(m, [:a, :z]), Map.split(m, []), Map.split(%{}, [:a])} end)
t.("merge", fn -> {Map.merge(m, %{a: 10, d: 4}), Map.merge(%{}, m), Map.merge(%{a: 1, b: 2}, %{a: 3, c: 4}, fn _k, v1, v2 -> {v1, v2} end), Map.merge(%{a: 1, b: 2, c: 3}, %{a: 3}, fn k, v1, v2 -> {k, v1, v2} end)} end)
t.("merge badmap", fn -> Map.merge(%{a: 1}, 2) end)
t.("update", fn -> {Map.update(m, :a, 0, &(&1 + 10)), Map.update(m, :z, 0, &(&1 + 10)), Map.update!(m, :c, &(&1 * 2))} end)
t.("update! missing", fn -> Map.update!(%{}, :a, & &1) end)
t.("update badmap", fn -> Map.update(5, :a, 1, & &1) end)
t.("pop", fn -> {Map.pop(m, :a), Map.pop(m, :z), Map.pop(m, :z, :d), Map.pop!(m, :b), Map.pop_lazy(m, :z, fn -> 7 end), Map.pop_lazy(m, :a, fn -> 7 end)} end)
t.("pop! missing", fn -> Map.pop!(%{}, :a) end)
t.("get_and_update", fn -> {Map.get_and_update(m, :a, &{&1, &1 + 1}), Map.get_and_update(m, :z, &{&1, :new}), Map.get_and_update(m, :a, fn _ -> :pop end), Map.get_and_update!(m, :b, &{&1, &1 * 10}), Map.get_and_update!(m, :b, fn _ -> :pop end)} end)
t.("get_and_update bad", fn -> Map.get_and_update(%{a: 1}, :a, fn _ -> :bad end) end)
t.("get_and_update! missing", fn -> Map.get_and_update!(%{}, :a, & &1) end)
t.("filter reject map", fn -> {Map.filter(m, fn {_, v} -> v > 1 end), Map.reject(m, fn {_, v} -> v > 1 end), Map.map(m, fn {k, v} -> {k, v} end), Map.filter(%{a: nil}, fn {_, v} -> v end)} end)
t.("equal?", fn -> {Map.equal?(%{a: 1}, %{a: 1}), Map.equal?(%{a: 1}, %{a: 1.0})} end)
t.("from_struct", fn -> {Map.from_struct(struct(Pt, x: "h")), Map.from_struct(Pt)} end)
t.("from_keys", fn -> Map.from_keys([:a, :b], 0) end)
t.("big", fn -> big = Map.new(1..50, &{&1, -&1}); {Map.keys(big) == Enum.to_list(1..50), Map.get(big, 33), map_size(Map.drop(big, Enum.to_list(1..25))), Map.take(big, [1, 50, 51])} end)
t.("bad maps", fn -> Enum.map([fn -> Map.keys(1) end, fn -> Map.to_list(1) end, fn -> Map.merge(1, %{}) end, fn -> Map.delete(1, :a) end, fn -> Map.has_key?(1, :a) end, fn -> Map.fetch(1, :a) end, fn -> Map.values(1) end, fn -> Map.equal?(1, %{}) end, fn -> Map.equal?(%{}, 2) end, fn -> Map.from_struct(%{}) end], fn f -> try do f.() rescue e -> Exception.message(e) end end) end)
