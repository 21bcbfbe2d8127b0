# Enum over lists, ranges and maps: results and the errors Elixir raises.
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

t.("all? list", fn -> {Enum.all?([1, 2, 3]), Enum.all?([1, nil]), Enum.all?([]), Enum.all?([2, 4], &(rem(&1, 2) == 0))} end)
t.("all? range", fn -> {Enum.all?(1..3, &(&1 > 0)), Enum.all?(1..0//1, &(&1 > 5)), Enum.all?(%{a: 1}, fn {_, v} -> v == 1 end)} end)
t.("any?", fn -> {Enum.any?([false, nil]), Enum.any?([false, 1]), Enum.any?([]), Enum.any?(1..10, &(&1 == 7)), Enum.any?(%{})} end)
t.("at", fn -> {Enum.at([1, 2, 3], 0), Enum.at([1, 2, 3], -1), Enum.at([1, 2, 3], 3), Enum.at([1, 2, 3], -4), Enum.at([1, 2], 5, :none)} end)
t.("at range", fn -> {Enum.at(1..10, 3), Enum.at(10..1, 2), Enum.at(1..10//3, 2), Enum.at(1..10//3, 4), Enum.at(1..10, -1), Enum.at(1..0//1, 0)} end)
t.("at map", fn -> {Enum.at(%{a: 1, b: 2}, 1), Enum.at(%{a: 1}, -1)} end)
t.("at bad index", fn -> Enum.at([1], :a) end)
t.("at bad enum", fn -> Enum.at(:foo, 0) end)
t.("chunk_every", fn -> {Enum.chunk_every([1, 2, 3, 4, 5, 6], 2), Enum.chunk_every([1, 2, 3, 4, 5], 2), Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, :discard)} end)
t.("chunk_every leftover", fn -> {Enum.chunk_every([1, 2, 3, 4, 5, 6], 3, 2, [7]), Enum.chunk_every([1, 2, 3, 4], 3, 3, []), Enum.chunk_every([1, 2, 3, 4], 10), Enum.chunk_every([1, 2, 3, 4, 5], 2, 3, [])} end)
t.("chunk_every more", fn -> {Enum.chunk_every(1..7, 3, 2, [:a]), Enum.chunk_every([], 2), Enum.chunk_every(1..10, 3, 3, [:x, :y, :z]), Enum.chunk_every([1, 2, 3], 2, 1)} end)
t.("chunk_every bad", fn -> Enum.chunk_every([1, 2], 0) end)
t.("chunk_by", fn -> {Enum.chunk_by([1, 2, 2, 3, 4, 4, 6, 7, 7], &(rem(&1, 2) == 1)), Enum.chunk_by([], & &1), Enum.chunk_by(~w(a b bb c), &String.length/1)} end)
t.("chunk_while", fn ->
  chunk_fun = fn element, acc ->
    if rem(element, 2) == 0, do: {:cont, Enum.reverse([element | acc]), []}, else: {:cont, [element | acc]}
  end
  after_fun = fn
    [] -> {:cont, []}
    acc -> {:cont, Enum.reverse(acc), []}
  end
  {Enum.chunk_while(1..10, [], chunk_fun, after_fun), Enum.chunk_while([1, 2, 3, 5, 7], [], chunk_fun, after_fun)}
end)
t.("concat", fn -> {Enum.concat([1..3, [4, 5], [[6]]]), Enum.concat([1], 2..3), Enum.concat([], []), Enum.concat(%{a: 1}, [2])} end)
t.("count", fn -> {Enum.count([1, 2, 3]), Enum.count(1..10), Enum.count(10..1//-3), Enum.count(%{a: 1, b: 2}), Enum.count([1, 2, 3, 4], &(&1 > 2)), Enum.count(1..0//1)} end)
t.("count bad", fn -> Enum.count(12) end)
t.("count_until", fn -> {Enum.count_until(1..20, 5), Enum.count_until(1..20, 50), Enum.count_until([1, 2, 3], 2), Enum.count_until([1, 2], 5), Enum.count_until(1..20, &(rem(&1, 2) == 0), 7), Enum.count_until(1..20, &(rem(&1, 2) == 0), 11)} end)
t.("dedup", fn -> {Enum.dedup([1, 2, 3, 3, 2, 1]), Enum.dedup([1, 1, 2, 2.0, :three, :three]), Enum.dedup([[], [], 1]), Enum.dedup([])} end)
t.("dedup_by", fn -> {Enum.dedup_by([{1, :a}, {2, :b}, {2, :c}, {1, :a}], fn {x, _} -> x end), Enum.dedup_by([5, 1, 2, 3, 2, 1], fn x -> x > 2 end)} end)
t.("drop", fn -> {Enum.drop([1, 2, 3], 2), Enum.drop([1, 2, 3], 10), Enum.drop([1, 2, 3], 0), Enum.drop([1, 2, 3], -1), Enum.drop([1, 2, 3], -5), Enum.drop(1..5, 2), Enum.drop(1..5, -2)} end)
t.("drop bad", fn -> Enum.drop([1], 1.0) end)
t.("drop_every", fn -> {Enum.drop_every(1..10, 2), Enum.drop_every(1..10, 0), Enum.drop_every([1, 2, 3], 1), Enum.drop_every(1..10, 3), Enum.drop_every([], 2)} end)
t.("drop_while", fn -> {Enum.drop_while([1, 2, 3, 2, 1], &(&1 < 3)), Enum.drop_while(1..5, &(&1 < 10)), Enum.drop_while([], & &1)} end)
t.("each", fn -> Enum.each([1, 2], &IO.puts/1) end)
t.("each range", fn -> Enum.each(3..1, &IO.puts/1) end)
t.("each map", fn -> Enum.each(%{b: 2, a: 1}, fn {k, v} -> IO.puts("#{k}=#{v}") end) end)
t.("empty?", fn -> {Enum.empty?([]), Enum.empty?([1]), Enum.empty?(%{}), Enum.empty?(1..0//1), Enum.empty?(1..1), Enum.empty?(MapSet.new())} end)
t.("fetch", fn -> {Enum.fetch([2, 4, 6], 0), Enum.fetch([2, 4, 6], -3), Enum.fetch([2, 4, 6], 2), Enum.fetch([2, 4, 6], 4), Enum.fetch(1..3, -4)} end)
t.("fetch!", fn -> Enum.fetch!([2, 4, 6], 1) end)
t.("fetch! out", fn -> Enum.fetch!([2, 4, 6], 4) end)
t.("filter", fn -> {Enum.filter([1, 2, 3, 4], &(rem(&1, 2) == 0)), Enum.filter(1..6, &(&1 > 4)), Enum.filter(%{a: 1, b: 2}, fn {_, v} -> v > 1 end), Enum.filter([1, nil, false, 2], & &1)} end)
t.("find", fn -> {Enum.find([2, 3, 4], &(rem(&1, 2) == 1)), Enum.find([2, 4], &(&1 > 5)), Enum.find([2, 4], 0, &(&1 > 5)), Enum.find(1..100, &(&1 * &1 > 50)), Enum.find(%{a: 1}, fn {_, v} -> v == 1 end)} end)
t.("find_index", fn -> {Enum.find_index([2, 4, 6], &(&1 == 6)), Enum.find_index([2, 4], &(&1 == 7)), Enum.find_index(5..10, &(&1 == 7))} end)
t.("find_value", fn -> {Enum.find_value([2, 3, 4], fn x -> if x > 2, do: x * x end), Enum.find_value([2, 4, 6], &(rem(&1, 2) == 1)), Enum.find_value([1, 2, 3], "no bools!", &is_boolean/1)} end)
t.("flat_map", fn -> {Enum.flat_map([:a, :b], &[&1, &1]), Enum.flat_map([{1, 3}, {4, 6}], fn {x, y} -> x..y end), Enum.flat_map([:a, :b], &[[&1]]), Enum.flat_map(1..3, &List.duplicate(&1, &1))} end)
t.("flat_map_reduce", fn -> {Enum.flat_map_reduce(1..100, 0, fn x, acc -> if acc < 3, do: {[x], acc + 1}, else: {:halt, acc} end), Enum.flat_map_reduce(1..5, 0, fn x, acc -> {[[x]], acc + x} end), Enum.flat_map_reduce([1, 2], 0, fn x, acc -> {[x, x], acc + x} end)} end)
t.("frequencies", fn -> {Enum.frequencies(~w{ant buffalo ant ant buffalo dingo}), Enum.frequencies([]), Enum.frequencies_by(~w{aa aA bb cc}, &String.downcase/1)} end)
t.("group_by", fn -> {Enum.group_by(~w{ant buffalo cat dingo}, &String.length/1), Enum.group_by(~w{ant buffalo cat dingo}, &String.length/1, &String.first/1), Enum.group_by(1..6, &rem(&1, 3))} end)
t.("intersperse", fn -> {Enum.intersperse([1, 2, 3], 0), Enum.intersperse([1], 0), Enum.intersperse([], 0), Enum.intersperse(1..3, :x)} end)
t.("into", fn -> {Enum.into([1, 2], []), Enum.into([a: 1, b: 2], %{}), Enum.into(%{a: 1}, %{b: 2}), Enum.into([a: 1, a: 2], %{}), Enum.into(1..3, [0]), Enum.into([2, 3], [3], &(&1 * 3)), Enum.into(%{a: 1, b: 2}, %{c: 3}, fn {k, v} -> {k, v * 2} end)} end)
t.("into other", fn -> {Enum.into(["a", "b"], "x"), Enum.into([3, 1, 3], MapSet.new()), Enum.into(1..3, %{}, &{&1, &1 * &1})} end)
t.("into bad", fn -> Enum.into([1], %{}) end)
t.("into bad2", fn -> Enum.into([1], :atom) end)
t.("join", fn -> {Enum.join([1, 2, 3]), Enum.join([1, 2, 3], " = "), Enum.join([], ", "), Enum.join(["a", :b, 'c', 1.5], "-"), Enum.join(1..4, ","), Enum.join([[?a, "b"], "c"])} end)
t.("join bad", fn -> Enum.join([{1}], ",") end)
t.("map", fn -> {Enum.map([1, 2, 3], &(&1 * 2)), Enum.map([a: 1, b: 2], fn {k, v} -> {k, -v} end), Enum.map(1..3, &(&1 + 1)), Enum.map(3..1//-1, & &1), Enum.map(%{a: 1}, & &1), Enum.map(1..0//1, & &1)} end)
t.("map bad", fn -> Enum.map(struct(Pt, []), & &1) end)
t.("map_every", fn -> {Enum.map_every(1..10, 2, &(&1 + 1000)), Enum.map_every(1..10, 3, &(&1 + 1000)), Enum.map_every(1..5, 0, &(&1 + 1000)), Enum.map_every([1, 2, 3], 1, &(&1 + 1000))} end)
t.("map_intersperse", fn -> {Enum.map_intersperse([1, 2, 3], :a, &(&1 * 2)), Enum.map_intersperse(1..3, :a, &(&1 * 2)), Enum.map_intersperse([], :a, & &1)} end)
t.("map_join", fn -> {Enum.map_join([1, 2, 3], &(&1 * 2)), Enum.map_join([1, 2, 3], " = ", &(&1 * 2)), Enum.map_join(1..3, ",", &to_string/1)} end)
t.("map_reduce", fn -> {Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, x + acc} end), Enum.map_reduce(1..3, 1, fn x, acc -> {x, x * acc} end)} end)
t.("max", fn -> {Enum.max([1, 3, 2]), Enum.max(1..10), Enum.max(["b", "a"]), Enum.max([], fn -> 0 end), Enum.max([1, 1.0]), Enum.max([1.0, 1]), Enum.max([1, 2, 3], &>/2)} end)
t.("max empty", fn -> Enum.max([]) end)
t.("max_by", fn -> {Enum.max_by(["a", "aa", "aaa"], &String.length/1), Enum.max_by(["a", "aa", "aaa", "b", "bbb"], &String.length/1), Enum.max_by([], &String.length/1, fn -> nil end), Enum.max_by([1, -3, 2], &abs/1, &>/2)} end)
t.("max_by empty", fn -> Enum.max_by([], & &1) end)
t.("member?", fn -> {Enum.member?(1..10, 5), Enum.member?(1..10, 5.0), Enum.member?([1.0, 2.0], 2), Enum.member?([1.0, 2.0], 2.0), Enum.member?(1..10//2, 4), Enum.member?(10..1//-3, 4), Enum.member?(%{a: 1}, {:a, 1}), Enum.member?(%{a: 1}, :a), Enum.member?(MapSet.new([1]), 1)} end)
t.("min", fn -> {Enum.min([3, 1, 2]), Enum.min(5..2), Enum.min([], fn -> :none end), Enum.min([1, 1.0]), Enum.min_by(["aaa", "a"], &String.length/1)} end)
t.("min empty", fn -> Enum.min(1..0//1) end)
t.("min_max", fn -> {Enum.min_max([2, 3, 1]), Enum.min_max([], fn -> {nil, nil} end), Enum.min_max(5..1), Enum.min_max_by(["aaa", "bb", "c"], &String.length/1), Enum.min_max_by(["aaa", "a", "bb", "c", "ccc"], &String.length/1), Enum.min_max_by([], &String.length/1, fn -> nil end)} end)
t.("min_max empty", fn -> Enum.min_max([]) end)
t.("product", fn -> {Enum.product([]), Enum.product([2, 3, 4]), Enum.product([2.0, 3.0]), Enum.product(1..20)} end)
t.("product bad", fn -> Enum.product([1, :a]) end)
t.("reduce", fn -> {Enum.reduce([1, 2, 3, 4], fn x, acc -> x * acc end), Enum.reduce([1, 2, 3], 0, &+/2), Enum.reduce(1..4, [], &[&1 | &2]), Enum.reduce(%{a: 1, b: 2}, 0, fn {_, v}, a -> a + v end), Enum.reduce(1..3, &(&1 + &2)), Enum.reduce([5], &(&1 + &2))} end)
t.("reduce empty", fn -> Enum.reduce([], &(&1 + &2)) end)
t.("reduce empty range", fn -> Enum.reduce(1..0//1, &(&1 + &2)) end)
t.("reduce_while", fn -> {Enum.reduce_while(1..100, 0, fn x, acc -> if x < 5, do: {:cont, acc + x}, else: {:halt, acc} end), Enum.reduce_while([1, 2], 0, fn x, acc -> {:cont, acc + x} end)} end)
t.("reject", fn -> {Enum.reject([1, 2, 3], &(rem(&1, 2) == 0)), Enum.reject(1..5, &(&1 > 2)), Enum.reject(%{a: 1, b: nil}, fn {_, v} -> v end)} end)
t.("reverse", fn -> {Enum.reverse([1, 2, 3]), Enum.reverse([]), Enum.reverse(1..4), Enum.reverse([1, 2, 3], [4, 5]), Enum.reverse(1..2, 3..4), Enum.reverse(%{a: 1, b: 2})} end)
t.("reverse_slice", fn -> {Enum.reverse_slice([1, 2, 3, 4, 5, 6], 2, 4), Enum.reverse_slice(1..6, 2, 100), Enum.reverse_slice([1, 2, 3], 5, 1), Enum.reverse_slice([1, 2, 3], 0, 0)} end)
t.("scan", fn -> {Enum.scan(1..5, &(&1 + &2)), Enum.scan(1..5, 0, &(&1 + &2)), Enum.scan([], &(&1 + &2)), Enum.scan([nil, 1], fn x, acc -> {x, acc} end)} end)
t.("shuffle", fn -> Enum.sort(Enum.shuffle(1..10)) end)
t.("random", fn -> Enum.member?(1..10, Enum.random(1..10)) and Enum.random([7]) == 7 end)
t.("random empty", fn -> Enum.random([]) end)
t.("slice range", fn -> {Enum.slice(1..100, 5..10), Enum.slice(1..10, 5..20), Enum.slice(1..30, -5..-1), Enum.slice(1..30, 25..-1//1), Enum.slice(1..10, 11..20), Enum.slice(1..10, 6..5//1)} end)
t.("slice list", fn -> {Enum.slice([1, 2, 3, 4, 5], 1..2), Enum.slice([1, 2, 3, 4, 5], -2..-1), Enum.slice([1, 2, 3, 4, 5, 6, 7, 8, 9], 1..-1//2), Enum.slice([1, 2, 3], 0..10//3), Enum.slice(%{a: 1, b: 2, c: 3}, 1..1)} end)
t.("slice count", fn -> {Enum.slice(1..100, 5, 10), Enum.slice(1..10, 5, 100), Enum.slice(1..10, 5, 0), Enum.slice(1..10, -6, 3), Enum.slice(1..10, 10, 5), Enum.slice(1..10, -11, 5), Enum.slice([1, 2, 3], 1, 1)} end)
t.("slice neg step", fn -> Enum.slice([1, 2, 3], 2..0//-1) end)
t.("sort", fn -> {Enum.sort([3, 2, 1]), Enum.sort([1.0, 1, 2, 1]), Enum.sort([1.0, 1, 2, 1], :asc), Enum.sort([2, 3, 1], :desc), Enum.sort(3..1), Enum.sort(%{b: 1, a: 2}, :desc)} end)
t.("sort fun", fn -> {Enum.sort([1, 2, 3], &(&1 >= &2)), Enum.sort(["some", "kind", "of", "monster"], &(byte_size(&1) <= byte_size(&2))), Enum.sort(["some", "kind", "of", "monster"], &(byte_size(&1) < byte_size(&2)))} end)
t.("sort stable", fn -> {Enum.sort([{1, :a}, {0, :b}, {1, :c}, {0, :d}, {1, :e}, {2, :f}, {0, :g}], &(elem(&1, 0) < elem(&2, 0))), Enum.sort([{1, :a}, {0, :b}, {1, :c}, {0, :d}, {1, :e}, {2, :f}, {0, :g}], &(elem(&1, 0) >= elem(&2, 0))), Enum.sort([{1, :a}, {0, :b}, {1, :c}, {0, :d}, {1, :e}, {2, :f}, {0, :g}, {3, :h}, {1, :i}, {0, :j}], &(elem(&1, 0) > elem(&2, 0)))} end)
t.("sort_by", fn -> {Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1), Enum.sort_by(["some", "kind", "of", "monster"], &{byte_size(&1), String.first(&1)}), Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1, &>=/2), Enum.sort_by(["some", "kind", "of", "monster"], &byte_size/1, :desc), Enum.sort_by(1..5, &(-&1))} end)
t.("split", fn -> {Enum.split([1, 2, 3], 2), Enum.split([1, 2, 3], 10), Enum.split([1, 2, 3], 0), Enum.split([1, 2, 3], -1), Enum.split([1, 2, 3], -5), Enum.split(1..5, 3)} end)
t.("split_while", fn -> {Enum.split_while([1, 2, 3, 4], &(&1 < 3)), Enum.split_while([1, 2, 3, 4], &(&1 < 0)), Enum.split_while(1..4, &(&1 > 0))} end)
t.("split_with", fn -> {Enum.split_with([5, 4, 3, 2, 1, 0], &(rem(&1, 2) == 0)), Enum.split_with(%{a: 1, b: -2, c: 1, d: -3}, fn {_k, v} -> v < 0 end), Enum.split_with(%{}, fn {_k, v} -> v > 50 end)} end)
t.("sum", fn -> {Enum.sum([1, 2, 3]), Enum.sum([]), Enum.sum(1..10), Enum.sum(1..10//3), Enum.sum(10..1//-4), Enum.sum(1..0//1), Enum.sum([1, 2.5]), Enum.sum(-5..5)} end)
t.("sum bad", fn -> Enum.sum([1, "a"]) end)
t.("take", fn -> {Enum.take([1, 2, 3], 2), Enum.take([1, 2, 3], 10), Enum.take([1, 2, 3], 0), Enum.take([1, 2, 3], -1), Enum.take(1..1_000_000_000, 3), Enum.take(1..10, -3), Enum.take(%{a: 1, b: 2}, 1)} end)
t.("take bad", fn -> Enum.take([1], nil) end)
t.("take_every", fn -> {Enum.take_every(1..10, 2), Enum.take_every(1..10, 0), Enum.take_every([1, 2, 3], 1), Enum.take_every([1, 2, 3, 4, 5, 6, 7], 3)} end)
t.("take_random", fn -> {length(Enum.take_random(1..10, 3)), Enum.take_random([], 2), Enum.take_random(1..3, 0), Enum.sort(Enum.take_random(1..3, 5))} end)
t.("take_while", fn -> {Enum.take_while([1, 2, 3], &(&1 < 3)), Enum.take_while(1..1_000_000_000, &(&1 < 4)), Enum.take_while([], & &1)} end)
t.("to_list", fn -> {Enum.to_list(1..3), Enum.to_list(3..1), Enum.to_list(1..10//4), Enum.to_list(1..0//1), Enum.to_list(%{a: 1}), Enum.to_list([1]), Enum.to_list(MapSet.new([2, 1]))} end)
t.("to_list bad", fn -> Enum.to_list({1, 2}) end)
t.("uniq", fn -> {Enum.uniq([1, 2, 3, 3, 2, 1]), Enum.uniq([1, 1.0]), Enum.uniq(1..3), Enum.uniq_by([{1, :x}, {2, :y}, {1, :z}], fn {x, _} -> x end), Enum.uniq_by([a: {:tea, 2}, b: {:tea, 2}, c: {:coffee, 1}], fn {_, y} -> y end)} end)
t.("unzip", fn -> {Enum.unzip([{:a, 1}, {:b, 2}, {:c, 3}]), Enum.unzip(%{a: 1, b: 2}), Enum.unzip([])} end)
t.("unzip bad", fn -> Enum.unzip([{1, 2, 3}]) end)
t.("with_index", fn -> {Enum.with_index([:a, :b, :c]), Enum.with_index([:a, :b, :c], 3), Enum.with_index([:a, :b, :c], fn e, i -> {i, e} end), Enum.with_index(1..2), Enum.with_index(%{x: 1})} end)
t.("zip", fn -> {Enum.zip([1, 2, 3], [:a, :b, :c]), Enum.zip([1, 2, 3, 4, 5], [:a, :b, :c]), Enum.zip(1..3, 4..10), Enum.zip([[1, 2, 3], [:a, :b, :c], ["foo", "bar", "baz"]]), Enum.zip([]), Enum.zip([[1], []])} end)
t.("zip_with", fn -> {Enum.zip_with([1, 2], [3, 4], fn x, y -> x + y end), Enum.zip_with([1, 2], [3, 4, 5, 6], &+/2), Enum.zip_with(1..3, [3, 4], &*/2), Enum.zip_with([[1, 2], [3, 4], [5, 6]], fn [x, y, z] -> x + y + z end), Enum.zip_with([], & &1)} end)
t.("big map order", fn -> m = Map.new(1..40, &{&1, &1}); {Enum.take(m, 5), Enum.count(m), Enum.sum(Enum.map(m, fn {k, _} -> k end))} end)
t.("slice 1.14 clamps", fn -> {Enum.slice(1..10, -15, 5), Enum.slice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], -11, 5), Enum.slice([1, 2, 3], -4, 1), Enum.slice([1, 2, 3, 4, 5], 3..1), Enum.slice(1..5, 0..-1//2), Enum.slice(1..5, -3..-1//2), Enum.slice(1..20, 1..15//4), Enum.slice(1..20//2, 1..15//4)} end)
t.("slice legacy neg", fn -> Enum.slice([1, 2, 3, 4, 5], -1..0//-1) end)
t.("unzip errors", fn -> Enum.unzip(1..2) end)
t.("drop take big neg", fn -> {Enum.drop(1..5, -10), Enum.take(1..5, -10), Enum.at([1, 2, 3], -4)} end)
t.("slice stepped ranges", fn -> {Enum.slice(10..1//-1, 0..5//2), Enum.slice(1..10, 0..5//2), Enum.slice(20..1//-2, 1..7//3), Enum.slice(1..20//2, -5..-1//2), Enum.slice(1..20//2, 2..-1//3), Enum.slice(1..20//3, 0..-1//1), Enum.slice(1..20//3, 2..4), Enum.slice(MapSet.new(1..9), 1..8//3)} end)
t.("slide", fn -> l = [:a, :b, :c, :d, :e, :f, :g]; {Enum.slide(l, 5, 1), Enum.slide(l, 3..5, 1), Enum.slide(l, 1..3, 5), Enum.slide(l, 3..-1//1, 2), Enum.slide(l, -4..-2, 1), Enum.slide(l, 3, -1), Enum.slide(l, 2, 2), Enum.slide(1..5, 0, 4), Enum.slide(l, 10, 0), Enum.slide(l, 1..3, 10)} end)
t.("slide inside", fn -> Enum.slide([1, 2, 3, 4], 0..2, 1) end)
t.("slide step", fn -> Enum.slide([1, 2, 3, 4], 0..2//2, 3) end)
t.("zip_reduce", fn -> {Enum.zip_reduce([1, 2, 3], [4, 5], 0, fn a, b, acc -> acc + a * b end), Enum.zip_reduce(1..3, %{a: 1}, [], fn a, b, acc -> [{a, b} | acc] end), Enum.zip_reduce([[1, 2], [3, 4], [5, 6, 7]], [], fn xs, acc -> [Enum.sum(xs) | acc] end), Enum.zip_reduce([], 0, fn _, acc -> acc end)} end)
t.("deprecated", fn -> {Enum.chunk([1, 2, 3, 4, 5], 2), Enum.chunk([1, 2, 3, 4, 5], 2, 1), Enum.chunk([1, 2, 3, 4, 5], 2, 2, [0]), Enum.chunk([1, 2, 3], 2, 2, nil), Enum.partition([1, 2, 3], &(&1 > 1)), Enum.uniq([1, 2, 3], &rem(&1, 2)), Enum.filter_map([1, 2, 3], &(&1 > 1), &(&1 * 10))} end)
t.("sort matches :lists.sort/2", fn ->
  # a deterministic pseudo-random list with many equal keys
  {list, _} = Enum.map_reduce(1..300, 7, fn i, s -> s = rem(s * 1_103_515_245 + 12345, 2_147_483_648); {{rem(s, 7), i}, s} end)
  key = fn {k, _} -> k end
  sorters = [fn a, b -> key.(a) < key.(b) end, fn a, b -> key.(a) <= key.(b) end, fn a, b -> key.(a) > key.(b) end, fn a, b -> key.(a) >= key.(b) end]
  {Enum.map(sorters, fn s -> Enum.sort(list, s) |> Enum.map(&elem(&1, 1)) |> Enum.take(12) end),
   Enum.map(sorters, fn s -> Enum.sort(list, s) |> Enum.map(&elem(&1, 1)) |> Enum.sum() end),
   Enum.sort(1..300 |> Enum.map(&rem(&1 * 37, 101)), :desc) |> Enum.take(10),
   Enum.sort_by(list, key, :desc) |> Enum.take(8),
   Enum.sort(Map.new(list), fn {_, a}, {_, b} -> a > b end) |> Enum.take(4)}
end)
t.("range aggregates", fn -> {Enum.max(1..10//4), Enum.min(10..1//-4), Enum.max(1..5, fn a, b -> IO.inspect({a, b}); a < b end), Enum.min_max(1..10//4), Enum.min_max(10..1//-4), Enum.max(1..0//1, fn -> :e end), Enum.max_by(1..5, &(-&1)), Enum.min(1..1_000_000_000_000), Enum.max(-5..-1_000_000_000_000//-7), Enum.min_max(1..0//1, fn -> :none end)} end)
t.("range max bad sorter", fn -> Enum.max(1..3, fn _, _ -> :maybe end) end)
t.("bad fun / improper", fn -> Enum.map([fn -> Enum.map([1], 5) end, fn -> Enum.map([], 5) end, fn -> Enum.map([1 | 2], & &1) end, fn -> Enum.each([], 5) end, fn -> Enum.each([1 | 2], & &1) end, fn -> Enum.reduce([], 0, 5) end, fn -> Enum.reduce([1 | 2], 0, &+/2) end, fn -> Enum.map_reduce([], 0, 5) end, fn -> Enum.map_reduce([1 | 2], 0, &{&1, &2}) end, fn -> Enum.sum([1 | 2]) end, fn -> Enum.product([1 | 2]) end, fn -> Enum.filter([1 | 2], & &1) end, fn -> Enum.find([1 | 2], &(&1 > 5)) end, fn -> Enum.any?([1 | 2], &(&1 > 5)) end, fn -> Enum.take([1 | 2], 5) end, fn -> Enum.uniq([1 | 2]) end], fn f -> try do f.() rescue e -> {e.__struct__, Exception.message(e)} end end) end)
