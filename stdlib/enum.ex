# Enum (Elixir 1.14) without protocols: every function dispatches on the kind of
# enumerable with guards — lists, ranges (%Range{first, last, step}), maps (their
# {key, value} pairs in map order), MapSets — and raises Protocol.UndefinedError
# for anything else, exactly as Enumerable.impl_for!/1 would.
defmodule Enum do
  # ---- the traversals everything else is built on ---------------------------------

  # Non-halting fold over any enumerable, in enumeration order.
  defp fold(list, acc, fun) when is_list(list), do: fold_list(list, acc, fun)

  defp fold(%{__struct__: Range, first: first, last: last, step: step}, acc, fun) do
    fold_range(first, last, step, acc, fun)
  end

  defp fold(%{__struct__: MapSet, map: map}, acc, fun), do: fold_list(:maps.keys(map), acc, fun)
  defp fold(%{__struct__: _} = other, _acc, _fun), do: not_enumerable(other)
  defp fold(map, acc, fun) when is_map(map), do: fold_list(:maps.to_list(map), acc, fun)
  defp fold(other, _acc, _fun), do: not_enumerable(other)

  defp fold_list([h | t], acc, fun), do: fold_list(t, fun.(h, acc), fun)
  defp fold_list([], acc, _fun), do: acc

  # Elixir inlines :lists.foldl/map/foreach/mapfoldl into some public functions; an
  # improper list, or a non-function with an empty list, then fails in a clause of
  # that inlined copy. These loops raise the same FunctionClauseError (`name`).
  defp foldl_named([h | t], acc, fun, name), do: foldl_named(t, fun.(h, acc), fun, name)
  defp foldl_named([], acc, fun, _name) when is_function(fun, 2), do: acc
  defp foldl_named(_, _, _, name), do: inlined_clause_error(name, 3)

  defp inlined_clause_error(name, arity) do
    raise FunctionClauseError, module: Enum, function: name, arity: arity
  end

  defp fold_range(first, last, step, acc, _fun)
       when (step > 0 and first > last) or (step < 0 and first < last),
       do: acc

  defp fold_range(first, last, step, acc, fun) do
    acc = fun.(first, acc)
    fold_range(first + step, last, step, acc, fun)
  end

  # Halting fold: `fun` returns {:cont, acc} or {:halt, acc}; the final acc is returned.
  defp fold_while(list, acc, fun) when is_list(list), do: fold_while_list(list, acc, fun)

  defp fold_while(%{__struct__: Range, first: first, last: last, step: step}, acc, fun) do
    fold_while_range(first, last, step, acc, fun)
  end

  defp fold_while(%{__struct__: MapSet, map: map}, acc, fun),
    do: fold_while_list(:maps.keys(map), acc, fun)

  defp fold_while(%{__struct__: _} = other, _acc, _fun), do: not_enumerable(other)
  defp fold_while(map, acc, fun) when is_map(map), do: fold_while_list(:maps.to_list(map), acc, fun)
  defp fold_while(other, _acc, _fun), do: not_enumerable(other)

  defp fold_while_list([h | t], acc, fun) do
    case fun.(h, acc) do
      {:cont, acc} -> fold_while_list(t, acc, fun)
      {:halt, acc} -> acc
    end
  end

  defp fold_while_list([], acc, _fun), do: acc

  defp fold_while_range(first, last, step, acc, _fun)
       when (step > 0 and first > last) or (step < 0 and first < last),
       do: acc

  defp fold_while_range(first, last, step, acc, fun) do
    case fun.(first, acc) do
      {:cont, acc} -> fold_while_range(first + step, last, step, acc, fun)
      {:halt, acc} -> acc
    end
  end

  defp not_enumerable(value) do
    raise Protocol.UndefinedError, protocol: Enumerable, value: value, description: ""
  end

  # Element count without traversal where the data structure knows it, else nil.
  defp known_count(list) when is_list(list), do: nil
  defp known_count(%{__struct__: Range} = range), do: range_size(range)
  defp known_count(%{__struct__: MapSet, map: map}), do: map_size(map)
  defp known_count(%{__struct__: _} = other), do: not_enumerable(other)
  defp known_count(map) when is_map(map), do: map_size(map)
  defp known_count(other), do: not_enumerable(other)

  defp range_size(%{first: first, last: last, step: step}) do
    cond do
      step > 0 and first > last -> 0
      step < 0 and first < last -> 0
      true -> div(last - first, step) + 1
    end
  end

  # ---- A ------------------------------------------------------------------------

  def all?(enumerable), do: all?(enumerable, fn x -> x end)

  def all?(enumerable, fun) when is_list(enumerable), do: all_list(enumerable, fun)

  def all?(enumerable, fun) do
    fold_while(enumerable, true, fn entry, _ ->
      if fun.(entry), do: {:cont, true}, else: {:halt, false}
    end)
  end

  defp all_list([h | t], fun) do
    if fun.(h), do: all_list(t, fun), else: false
  end

  defp all_list([], _fun), do: true

  def any?(enumerable), do: any?(enumerable, fn x -> x end)

  def any?(enumerable, fun) when is_list(enumerable), do: any_list(enumerable, fun)

  def any?(enumerable, fun) do
    fold_while(enumerable, false, fn entry, _ ->
      if fun.(entry), do: {:halt, true}, else: {:cont, false}
    end)
  end

  defp any_list([h | t], fun) do
    if fun.(h), do: true, else: any_list(t, fun)
  end

  defp any_list([], _fun), do: false

  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case slice_any(enumerable, index, 1) do
      [value] -> value
      [] -> default
    end
  end

  # ---- C ------------------------------------------------------------------------

  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    limit = Kernel.max(count, step)

    chunk_fun = fn entry, {acc_buffer, acc_count} ->
      acc_buffer = [entry | acc_buffer]
      acc_count = acc_count + 1

      new_state =
        if acc_count >= limit do
          remainder = acc_count - step
          {take(acc_buffer, remainder), remainder}
        else
          {acc_buffer, acc_count}
        end

      if acc_count == count do
        {:cont, :lists.reverse(acc_buffer), new_state}
      else
        {:cont, new_state}
      end
    end

    after_fun = fn {acc_buffer, acc_count} ->
      if leftover == :discard or acc_count == 0 or acc_count >= count do
        {:cont, []}
      else
        {:cont, :lists.reverse(acc_buffer, take(leftover, count - acc_count)), []}
      end
    end

    chunk_while(enumerable, {[], 0}, chunk_fun, after_fun)
  end

  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {res, acc} =
      fold_while(enumerable, {[], acc}, fn entry, {buffer, acc} ->
        case chunk_fun.(entry, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | buffer], acc}}
          {:cont, acc} -> {:cont, {buffer, acc}}
          {:halt, acc} -> {:halt, {buffer, acc}}
        end
      end)

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(res)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | res])
    end
  end

  def chunk_by(enumerable, fun) do
    chunk_fun = fn
      entry, nil ->
        {:cont, {[entry], fun.(entry)}}

      entry, {acc, value} ->
        case fun.(entry) do
          ^value -> {:cont, {[entry | acc], value}}
          new_value -> {:cont, :lists.reverse(acc), {[entry], new_value}}
        end
    end

    after_fun = fn
      nil -> {:cont, :done}
      {acc, _value} -> {:cont, :lists.reverse(acc), :done}
    end

    chunk_while(enumerable, nil, chunk_fun, after_fun)
  end

  def concat(enumerables) do
    fun = fn x, acc -> [x | acc] end
    enumerables |> fold([], fn e, acc -> fold(e, acc, fun) end) |> :lists.reverse()
  end

  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: concat([left, right])

  def count(enumerable) when is_list(enumerable), do: length(enumerable)

  def count(enumerable) do
    case known_count(enumerable) do
      nil -> fold(enumerable, 0, fn _, acc -> acc + 1 end)
      n -> n
    end
  end

  def count(enumerable, fun) do
    fold(enumerable, 0, fn entry, acc -> if(fun.(entry), do: acc + 1, else: acc) end)
  end

  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    case known_count(enumerable) do
      nil ->
        stop_at = limit - 1

        fold_while(enumerable, 0, fn
          _, ^stop_at -> {:halt, limit}
          _, acc -> {:cont, acc + 1}
        end)

      value ->
        Kernel.min(value, limit)
    end
  end

  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    stop_at = limit - 1

    fold_while(enumerable, 0, fn
      entry, ^stop_at ->
        if fun.(entry), do: {:halt, limit}, else: {:cont, stop_at}

      entry, acc ->
        if fun.(entry), do: {:cont, acc + 1}, else: {:cont, acc}
    end)
  end

  # ---- D ------------------------------------------------------------------------

  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  def dedup_by(enumerable, fun) do
    {list, _} =
      fold(enumerable, {[], :first}, fn entry, {list, prev} ->
        value = fun.(entry)

        case prev do
          {:value, ^value} -> {list, prev}
          _ -> {[entry | list], {:value, value}}
        end
      end)

    :lists.reverse(list)
  end

  def drop(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount >= 0,
    do: drop_list(enumerable, amount)

  def drop(enumerable, amount) when is_integer(amount) and amount >= 0,
    do: drop_list(to_list(enumerable), amount)

  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, list} = count_and_list(enumerable)
    amount = Kernel.min(amount + count, count)
    if amount > 0, do: take_list(list, amount), else: []
  end

  defp drop_list(list, 0), do: list
  defp drop_list([_ | tail], counter), do: drop_list(tail, counter - 1)
  defp drop_list([], _), do: []

  def drop_every(enumerable, nth)
  def drop_every(_enumerable, 1), do: []
  def drop_every(enumerable, 0), do: to_list(enumerable)
  def drop_every([], nth) when is_integer(nth), do: []

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {res, _} =
      fold(enumerable, {[], :first}, fn
        _entry, {acc, :first} -> {acc, 1}
        _entry, {acc, n} when n == nth -> {acc, 1}
        entry, {acc, n} -> {[entry | acc], n + 1}
      end)

    :lists.reverse(res)
  end

  def drop_while(enumerable, fun) when is_list(enumerable), do: drop_while_list(enumerable, fun)
  def drop_while(enumerable, fun), do: drop_while_list(to_list(enumerable), fun)

  defp drop_while_list([head | tail], fun) do
    if fun.(head), do: drop_while_list(tail, fun), else: [head | tail]
  end

  defp drop_while_list([], _), do: []

  # ---- E, F ---------------------------------------------------------------------

  def each(enumerable, fun) when is_list(enumerable) do
    each_list(enumerable, fun)
  end

  def each(enumerable, fun) do
    fold(enumerable, nil, fn entry, _ ->
      fun.(entry)
      nil
    end)

    :ok
  end

  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  defp each_list([], fun) when is_function(fun, 1), do: :ok
  defp each_list(_, _fun), do: inlined_clause_error(:"-each/2-lists^foreach/1-0-", 2)

  def empty?(enumerable) when is_list(enumerable), do: enumerable == []

  def empty?(enumerable) do
    case known_count(enumerable) do
      nil -> fold_while(enumerable, true, fn _, _ -> {:halt, false} end)
      n -> n == 0
    end
  end

  def fetch(enumerable, index) when is_integer(index) do
    case slice_any(enumerable, index, 1) do
      [value] -> {:ok, value}
      [] -> :error
    end
  end

  def fetch!(enumerable, index) when is_integer(index) do
    case slice_any(enumerable, index, 1) do
      [value] -> value
      [] -> raise Enum.OutOfBoundsError
    end
  end

  def filter(enumerable, fun) when is_list(enumerable), do: filter_list(enumerable, fun)

  def filter(enumerable, fun) do
    fold(enumerable, [], fn entry, acc -> if(fun.(entry), do: [entry | acc], else: acc) end)
    |> :lists.reverse()
  end

  defp filter_list([head | tail], fun) do
    if fun.(head), do: [head | filter_list(tail, fun)], else: filter_list(tail, fun)
  end

  defp filter_list([], _fun), do: []

  def find(enumerable, default \\ nil, fun)

  def find(enumerable, default, fun) when is_list(enumerable),
    do: find_list(enumerable, default, fun)

  def find(enumerable, default, fun) do
    fold_while(enumerable, default, fn entry, default ->
      if fun.(entry), do: {:halt, entry}, else: {:cont, default}
    end)
  end

  defp find_list([head | tail], default, fun) do
    if fun.(head), do: head, else: find_list(tail, default, fun)
  end

  defp find_list([], default, _), do: default

  def find_index(enumerable, fun) do
    result =
      fold_while(enumerable, {:not_found, 0}, fn entry, {_, index} ->
        if fun.(entry), do: {:halt, {:found, index}}, else: {:cont, {:not_found, index + 1}}
      end)

    case result do
      {:found, index} -> index
      {:not_found, _} -> nil
    end
  end

  def find_value(enumerable, default \\ nil, fun) do
    fold_while(enumerable, default, fn entry, default ->
      fun_entry = fun.(entry)
      if fun_entry, do: {:halt, fun_entry}, else: {:cont, default}
    end)
  end

  def flat_map(enumerable, fun) when is_list(enumerable), do: flat_map_list(enumerable, fun)

  def flat_map(enumerable, fun) do
    fold(enumerable, [], fn entry, acc ->
      case fun.(entry) do
        list when is_list(list) -> :lists.reverse(list, acc)
        other -> fold(other, acc, fn x, acc -> [x | acc] end)
      end
    end)
    |> :lists.reverse()
  end

  defp flat_map_list([head | tail], fun) do
    case fun.(head) do
      list when is_list(list) -> list ++ flat_map_list(tail, fun)
      other -> to_list(other) ++ flat_map_list(tail, fun)
    end
  end

  defp flat_map_list([], _fun), do: []

  def flat_map_reduce(enumerable, acc, fun) do
    {list, acc} =
      fold_while(enumerable, {[], acc}, fn entry, {list, acc} ->
        case fun.(entry, acc) do
          {:halt, acc} -> {:halt, {list, acc}}
          {[], acc} -> {:cont, {list, acc}}
          {[entry], acc} -> {:cont, {[entry | list], acc}}
          {entries, acc} -> {:cont, {fold(entries, list, fn x, l -> [x | l] end), acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  def frequencies(enumerable) do
    fold(enumerable, %{}, fn key, acc ->
      case acc do
        %{^key => value} -> %{acc | key => value + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  def frequencies_by(enumerable, key_fun) when is_function(key_fun) do
    fold(enumerable, %{}, fn entry, acc ->
      key = key_fun.(entry)

      case acc do
        %{^key => value} -> %{acc | key => value + 1}
        %{} -> :maps.put(key, 1, acc)
      end
    end)
  end

  # ---- G, I, J ------------------------------------------------------------------

  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end) when is_function(key_fun) do
    fold(reverse(enumerable), %{}, fn entry, acc ->
      key = key_fun.(entry)
      value = value_fun.(entry)

      case acc do
        %{^key => existing} -> :maps.put(key, [value | existing], acc)
        %{} -> :maps.put(key, [value], acc)
      end
    end)
  end

  def intersperse(enumerable, element) do
    list = fold(enumerable, [], fn x, acc -> [x, element | acc] end) |> :lists.reverse()

    case list do
      [] -> []
      [_ | t] -> t
    end
  end

  def into(enumerable, []), do: to_list(enumerable)

  def into(enumerable, %{__struct__: MapSet, map: map}) do
    %{__struct__: MapSet, map: fold(enumerable, map, fn x, acc -> :maps.put(x, [], acc) end), version: 2}
  end

  def into(%{__struct__: _} = enumerable, %{__struct__: _} = collectable),
    do: not_collectable(enumerable, collectable)

  def into(%{__struct__: _} = enumerable, %{} = collectable), do: into_map(enumerable, collectable)
  def into(_enumerable, %{__struct__: _} = collectable), do: not_collectable(nil, collectable)
  def into(%{} = enumerable, %{} = collectable), do: :maps.merge(collectable, enumerable)

  def into(enumerable, %{} = collectable) when is_list(enumerable),
    do: :maps.merge(collectable, :maps.from_list(enumerable))

  def into(enumerable, %{} = collectable), do: into_map(enumerable, collectable)

  def into(enumerable, collectable) when is_list(collectable),
    do: collectable ++ to_list(enumerable)

  def into(enumerable, collectable) when is_binary(collectable) do
    fold(enumerable, collectable, fn x, acc when is_binary(x) -> acc <> x end)
  end

  def into(_enumerable, collectable), do: not_collectable(nil, collectable)

  defp into_map(enumerable, map) do
    fold(enumerable, map, fn {key, val}, acc -> :maps.put(key, val, acc) end)
  end

  defp not_collectable(_enumerable, collectable) do
    raise Protocol.UndefinedError, protocol: Collectable, value: collectable, description: ""
  end

  def into(enumerable, collectable, transform) when is_list(collectable) do
    collectable ++ map(enumerable, transform)
  end

  def into(enumerable, collectable, transform) do
    into(map(enumerable, transform), collectable)
  end

  def join(enumerable, joiner \\ "")

  def join(enumerable, "") do
    enumerable |> map(&entry_to_string/1) |> IO.iodata_to_binary()
  end

  def join(enumerable, joiner) when is_binary(joiner) do
    reduced =
      fold(enumerable, :first, fn
        entry, :first -> entry_to_string(entry)
        entry, acc -> [acc, joiner | entry_to_string(entry)]
      end)

    if reduced == :first, do: "", else: IO.iodata_to_binary(reduced)
  end

  defp entry_to_string(entry) when is_binary(entry), do: entry
  defp entry_to_string(entry), do: to_string(entry)

  # ---- M ------------------------------------------------------------------------

  def map(enumerable, fun) when is_list(enumerable), do: map_list(enumerable, fun)

  def map(enumerable, fun) do
    fold(enumerable, [], fn entry, acc -> [fun.(entry) | acc] end) |> :lists.reverse()
  end

  defp map_list([h | t], fun), do: [fun.(h) | map_list(t, fun)]
  defp map_list([], fun) when is_function(fun, 1), do: []
  defp map_list(_, _fun), do: inlined_clause_error(:"-map/2-lists^map/1-0-", 2)

  def map_every(enumerable, nth, fun)
  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)
  def map_every([], nth, _fun) when is_integer(nth) and nth > 1, do: []

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {res, _} =
      fold(enumerable, {[], :first}, fn
        entry, {acc, :first} -> {[fun.(entry) | acc], 1}
        entry, {acc, n} when n == nth -> {[fun.(entry) | acc], 1}
        entry, {acc, n} -> {[entry | acc], n + 1}
      end)

    :lists.reverse(res)
  end

  def map_intersperse(enumerable, separator, mapper) when is_list(enumerable),
    do: map_intersperse_list(enumerable, separator, mapper)

  def map_intersperse(enumerable, separator, mapper) do
    reduced =
      fold(enumerable, :first, fn
        entry, :first -> [mapper.(entry)]
        entry, acc -> [mapper.(entry), separator | acc]
      end)

    if reduced == :first, do: [], else: :lists.reverse(reduced)
  end

  defp map_intersperse_list([], _, _), do: []
  defp map_intersperse_list([last], _, mapper), do: [mapper.(last)]

  defp map_intersperse_list([head | rest], separator, mapper),
    do: [mapper.(head), separator | map_intersperse_list(rest, separator, mapper)]

  def map_join(enumerable, joiner \\ "", mapper) when is_binary(joiner) do
    enumerable
    |> map_intersperse(joiner, fn x -> entry_to_string(mapper.(x)) end)
    |> IO.iodata_to_binary()
  end

  def map_reduce(enumerable, acc, fun) when is_list(enumerable),
    do: map_reduce_list(enumerable, acc, fun, [])

  def map_reduce(enumerable, acc, fun) do
    {list, acc} =
      fold(enumerable, {[], acc}, fn entry, {list, acc} ->
        {new_entry, acc} = fun.(entry, acc)
        {[new_entry | list], acc}
      end)

    {:lists.reverse(list), acc}
  end

  defp map_reduce_list([h | t], acc, fun, out) do
    {h, acc} = fun.(h, acc)
    map_reduce_list(t, acc, fun, [h | out])
  end

  defp map_reduce_list([], acc, fun, out) when is_function(fun, 2), do: {:lists.reverse(out), acc}
  defp map_reduce_list(_, _acc, _fun, _out), do: inlined_clause_error(:"-map_reduce/3-lists^mapfoldl/2-0-", 3)

  def max(enumerable), do: max(enumerable, fn a, b -> a >= b end, fn -> raise Enum.EmptyError end)

  def max(enumerable, empty_fallback) when is_function(empty_fallback, 0),
    do: max(enumerable, fn a, b -> a >= b end, empty_fallback)

  def max(enumerable, sorter), do: max(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def max(enumerable, sorter, empty_fallback) do
    aggregate(enumerable, max_sort_fun(sorter), empty_fallback)
  end

  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  def max_by(enumerable, fun), do: max_by(enumerable, fun, fn a, b -> a >= b end, fn -> raise Enum.EmptyError end)

  def max_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0),
      do: max_by(enumerable, fun, fn a, b -> a >= b end, empty_fallback)

  def max_by(enumerable, fun, sorter),
    do: max_by(enumerable, fun, sorter, fn -> raise Enum.EmptyError end)

  def max_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    aggregate_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)
  end

  def member?(enumerable, element) when is_list(enumerable), do: member_list(enumerable, element)

  def member?(%{__struct__: Range, first: first, last: last, step: step}, value) do
    if is_integer(value) and
         ((step > 0 and first <= value and value <= last) or
            (step < 0 and last <= value and value <= first)) do
      rem(value - first, step) == 0
    else
      false
    end
  end

  def member?(%{__struct__: MapSet, map: map}, value), do: :maps.is_key(value, map)
  def member?(%{__struct__: _} = other, _value), do: not_enumerable(other)

  def member?(map, {key, value}) when is_map(map) do
    case map do
      %{^key => ^value} -> true
      _ -> false
    end
  end

  def member?(map, _other) when is_map(map), do: false
  def member?(other, _value), do: not_enumerable(other)

  defp member_list([h | t], element) do
    if h === element, do: true, else: member_list(t, element)
  end

  defp member_list([], _element), do: false

  def min(enumerable), do: min(enumerable, fn a, b -> a <= b end, fn -> raise Enum.EmptyError end)

  def min(enumerable, empty_fallback) when is_function(empty_fallback, 0),
    do: min(enumerable, fn a, b -> a <= b end, empty_fallback)

  def min(enumerable, sorter), do: min(enumerable, sorter, fn -> raise Enum.EmptyError end)

  def min(enumerable, sorter, empty_fallback) do
    aggregate(enumerable, min_sort_fun(sorter), empty_fallback)
  end

  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)

  def min_by(enumerable, fun), do: min_by(enumerable, fun, fn a, b -> a <= b end, fn -> raise Enum.EmptyError end)

  def min_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0),
      do: min_by(enumerable, fun, fn a, b -> a <= b end, empty_fallback)

  def min_by(enumerable, fun, sorter),
    do: min_by(enumerable, fun, sorter, fn -> raise Enum.EmptyError end)

  def min_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    aggregate_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)
  end

  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_max(%{__struct__: Range, first: first, step: step} = range, empty_fallback)
      when is_function(empty_fallback, 0) do
    case range_size(range) do
      0 ->
        empty_fallback.()

      size ->
        last = first + (size - 1) * step
        {Kernel.min(first, last), Kernel.max(first, last)}
    end
  end

  def min_max(enumerable, empty_fallback) when is_function(empty_fallback, 0) do
    first_fun = fn x -> [x | x] end

    reduce_fun = fn entry, [min | max] ->
      [Kernel.min(min, entry) | Kernel.max(max, entry)]
    end

    case reduce_by(enumerable, first_fun, reduce_fun) do
      :empty -> empty_fallback.()
      [min | max] -> {min, max}
    end
  end

  def min_max_by(enumerable, fun),
    do: min_max_by(enumerable, fun, fn a, b -> a < b end, fn -> raise Enum.EmptyError end)

  def min_max_by(enumerable, fun, empty_fallback)
      when is_function(fun, 1) and is_function(empty_fallback, 0),
      do: min_max_by(enumerable, fun, fn a, b -> a < b end, empty_fallback)

  def min_max_by(enumerable, fun, sorter),
    do: min_max_by(enumerable, fun, sorter, fn -> raise Enum.EmptyError end)

  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_atom(sorter) and is_function(empty_fallback, 0) do
    min_max_by(enumerable, fun, &(sorter.compare(&1, &2) == :lt), empty_fallback)
  end

  def min_max_by(enumerable, fun, sorter, empty_fallback)
      when is_function(fun, 1) and is_function(sorter, 2) and is_function(empty_fallback, 0) do
    first_fun = fn entry ->
      fun_entry = fun.(entry)
      {entry, entry, fun_entry, fun_entry}
    end

    reduce_fun = fn entry, {prev_min, prev_max, fun_min, fun_max} = acc ->
      fun_entry = fun.(entry)

      cond do
        sorter.(fun_entry, fun_min) -> {entry, prev_max, fun_entry, fun_max}
        sorter.(fun_max, fun_entry) -> {prev_min, entry, fun_min, fun_entry}
        true -> acc
      end
    end

    case reduce_by(enumerable, first_fun, reduce_fun) do
      :empty -> empty_fallback.()
      {min, max, _, _} -> {min, max}
    end
  end

  defp aggregate([head | tail], fun, _empty), do: aggregate_list(tail, head, fun)
  defp aggregate([], _fun, empty), do: empty.()

  # A range compares only its two ends (one call of fun, as Elixir does).
  defp aggregate(%{__struct__: Range, first: first, step: step} = range, fun, empty) do
    case range_size(range) do
      0 ->
        empty.()

      size ->
        last = first + (size - 1) * step

        case fun.(first, last) do
          true -> first
          false -> last
        end
    end
  end

  defp aggregate(enumerable, fun, empty) do
    result =
      fold(enumerable, :"$exc_empty", fn
        element, :"$exc_empty" ->
          {:"$exc_acc", element}

        element, {_, acc} = state ->
          case fun.(acc, element) do
            true -> state
            false -> {:"$exc_acc", element}
          end
      end)

    case result do
      :"$exc_empty" -> empty.()
      {_, acc} -> acc
    end
  end

  defp aggregate_list([head | tail], acc, fun) do
    acc =
      case fun.(acc, head) do
        true -> acc
        false -> head
      end

    aggregate_list(tail, acc, fun)
  end

  defp aggregate_list([], acc, _fun), do: acc

  defp aggregate_by(enumerable, fun, sorter, empty_fallback) do
    first_fun = fn x -> [x | fun.(x)] end

    reduce_fun = fn entry, [_ | fun_ref] = old ->
      fun_entry = fun.(entry)

      case sorter.(fun_ref, fun_entry) do
        true -> old
        false -> [entry | fun_entry]
      end
    end

    case reduce_by(enumerable, first_fun, reduce_fun) do
      :empty -> empty_fallback.()
      [entry | _] -> entry
    end
  end

  defp reduce_by([head | tail], first, fun), do: fold_list(tail, first.(head), fun)
  defp reduce_by([], _first, _fun), do: :empty

  defp reduce_by(enumerable, first, fun) do
    result =
      fold(enumerable, :"$exc_empty", fn
        element, :"$exc_empty" -> {:"$exc_acc", first.(element)}
        element, {_, acc} -> {:"$exc_acc", fun.(element, acc)}
      end)

    case result do
      :"$exc_empty" -> :empty
      {_, acc} -> acc
    end
  end

  # ---- P, R ---------------------------------------------------------------------

  def product(enumerable) when is_list(enumerable),
    do: foldl_named(enumerable, 1, fn x, acc -> x * acc end, :"-product/1-lists^foldl/2-0-")

  def product(enumerable), do: fold(enumerable, 1, fn x, acc -> x * acc end)

  def random(enumerable) when is_list(enumerable) do
    case length(enumerable) do
      0 -> raise Enum.EmptyError
      length -> enumerable |> drop_list(random_integer(0, length - 1)) |> hd()
    end
  end

  def random(%{__struct__: Range, first: first, step: step} = range) do
    case range_size(range) do
      0 -> raise Enum.EmptyError
      size -> first + random_integer(0, size - 1) * step
    end
  end

  def random(enumerable) do
    case to_list(enumerable) do
      [] -> raise Enum.EmptyError
      list -> random(list)
    end
  end

  defp random_integer(limit, limit) when is_integer(limit), do: limit

  defp random_integer(lower_limit, upper_limit) when upper_limit < lower_limit,
    do: random_integer(upper_limit, lower_limit)

  defp random_integer(lower_limit, upper_limit),
    do: lower_limit + :rand.uniform(upper_limit - lower_limit + 1) - 1

  def reduce([h | t], fun), do: fold_list(t, h, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError)

  def reduce(enumerable, fun) do
    result =
      fold(enumerable, :"$exc_empty", fn
        x, :"$exc_empty" -> {:"$exc_acc", x}
        x, {_, acc} -> {:"$exc_acc", fun.(x, acc)}
      end)

    case result do
      :"$exc_empty" -> raise Enum.EmptyError
      {_, acc} -> acc
    end
  end

  def reduce(enumerable, acc, fun) when is_list(enumerable),
    do: foldl_named(enumerable, acc, fun, :"-reduce/3-lists^foldl/2-0-")
  def reduce(enumerable, acc, fun), do: fold(enumerable, acc, fun)

  def reduce_while(enumerable, acc, fun), do: fold_while(enumerable, acc, fun)

  def reject(enumerable, fun) when is_list(enumerable), do: reject_list(enumerable, fun)

  def reject(enumerable, fun) do
    fold(enumerable, [], fn entry, acc -> if(fun.(entry), do: acc, else: [entry | acc]) end)
    |> :lists.reverse()
  end

  defp reject_list([head | tail], fun) do
    if fun.(head), do: reject_list(tail, fun), else: [head | reject_list(tail, fun)]
  end

  defp reject_list([], _fun), do: []

  def reverse([]), do: []
  def reverse([_] = list), do: list
  def reverse([element1, element2]), do: [element2, element1]
  def reverse([element1, element2 | rest]), do: :lists.reverse(rest, [element2, element1])
  def reverse(enumerable), do: fold(enumerable, [], fn x, acc -> [x | acc] end)

  def reverse(enumerable, tail) when is_list(enumerable),
    do: :lists.reverse(enumerable, to_list(tail))

  def reverse(enumerable, tail), do: fold(enumerable, to_list(tail), fn x, acc -> [x | acc] end)

  def reverse_slice(enumerable, start_index, count)
      when is_integer(start_index) and start_index >= 0 and is_integer(count) and count >= 0 do
    list = reverse(enumerable)
    length = length(list)
    count = Kernel.min(count, length - start_index)

    if count > 0 do
      reverse_slice(list, length, start_index + count, count, [])
    else
      :lists.reverse(list)
    end
  end

  defp reverse_slice(rest, idx, idx, count, acc) do
    {slice, rest} = head_slice(rest, count, [])
    :lists.reverse(rest, :lists.reverse(slice, acc))
  end

  defp reverse_slice([elem | rest], idx, start, count, acc),
    do: reverse_slice(rest, idx - 1, start, count, [elem | acc])

  defp head_slice(rest, 0, acc), do: {acc, rest}
  defp head_slice([elem | rest], count, acc), do: head_slice(rest, count - 1, [elem | acc])

  # ---- S ------------------------------------------------------------------------

  def scan(enumerable, fun) do
    {res, _} =
      fold(enumerable, {[], :first}, fn
        entry, {acc, :first} -> {[entry | acc], {:value, entry}}
        entry, {acc, {:value, prev}} ->
          value = fun.(entry, prev)
          {[value | acc], {:value, value}}
      end)

    :lists.reverse(res)
  end

  def scan(enumerable, acc, fun) do
    {res, _} =
      fold(enumerable, {[], acc}, fn entry, {list, acc} ->
        value = fun.(entry, acc)
        {[value | list], value}
      end)

    :lists.reverse(res)
  end

  def shuffle(enumerable) do
    randomized = fold(enumerable, [], fn x, acc -> [{:rand.uniform(), x} | acc] end)
    shuffle_unwrap(:lists.sort(randomized), [])
  end

  defp shuffle_unwrap([{_, h} | enumerable], t), do: shuffle_unwrap(enumerable, [h | t])
  defp shuffle_unwrap([], t), do: t

  def slice(enumerable, %{__struct__: Range, first: first, last: last, step: step} = range) do
    cond do
      step > 0 -> slice_range(enumerable, first, last, step)
      # Elixir warns on stderr here and slices with step 1 (legacy `2..0` ranges).
      step == -1 and first > last -> slice_range(enumerable, first, last, 1)
      true -> raise ArgumentError, "Enum.slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
    end
  end

  def slice(_enumerable, start_index, 0) when is_integer(start_index), do: []

  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and start_index < 0 and is_integer(amount) and amount >= 0 do
    {count, list} = count_and_list(enumerable)
    start_index = Kernel.max(count + start_index, 0)
    amount = Kernel.min(amount, count - start_index)
    if amount > 0, do: list |> drop_list(start_index) |> take_list(amount), else: []
  end

  def slice(enumerable, start_index, amount)
      when is_integer(start_index) and is_integer(amount) and amount >= 0 do
    slice_any(enumerable, start_index, amount)
  end

  defp slice_range(enumerable, first, -1, step) when first >= 0 do
    enumerable |> drop(first) |> take_every_list(step)
  end

  defp slice_range(enumerable, first, last, step) do
    {count, enumerable} = count_and_sliceable(enumerable)
    first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1

    if first < count and amount > 0 do
      slice_stepped(enumerable, first, Kernel.min(amount, count - first), step)
    else
      []
    end
  end

  defp count_and_sliceable(%{__struct__: Range} = range), do: {range_size(range), range}
  defp count_and_sliceable(enumerable), do: count_and_list(enumerable)

  # Every step-th of the `amount` elements from `start`. For a range Elixir 1.14
  # steps by range_step + step - 1 (its Enumerable.Range.slice/1), kept as is.
  defp slice_stepped(%{__struct__: Range, first: rfirst, step: rstep}, start, amount, step),
    do: range_list(rfirst + start * rstep, div(amount - 1, step) + 1, rstep + step - 1)

  defp slice_stepped(list, start, amount, step),
    do: list |> drop_list(start) |> take_list(amount) |> take_every_list(step)

  defp take_every_list(list, 1), do: list
  defp take_every_list(list, step), do: take_every_list(list, step, 0)

  defp take_every_list([h | t], step, 0), do: [h | take_every_list(t, step, step - 1)]
  defp take_every_list([_ | t], step, n), do: take_every_list(t, step, n - 1)
  defp take_every_list([], _step, _n), do: []

  # The `amount` elements from `start` (negative: counted from the end).
  defp slice_any(enumerable, start, amount) when start < 0 do
    {count, list} = count_and_list(enumerable)
    start = count + start

    if start >= 0 do
      list |> drop_list(start) |> take_list(Kernel.min(amount, count - start))
    else
      []
    end
  end

  defp slice_any(list, start, amount) when is_list(list) do
    list |> drop_list(start) |> take_list(amount)
  end

  defp slice_any(%{__struct__: Range, first: first, step: step} = range, start, amount) do
    count = range_size(range)

    if start >= count do
      []
    else
      amount = Kernel.min(amount, count - start)
      range_list(first + start * step, amount, step)
    end
  end

  defp slice_any(enumerable, start, amount) do
    enumerable |> to_list() |> drop_list(start) |> take_list(amount)
  end

  defp range_list(_from, 0, _step), do: []
  defp range_list(from, n, step), do: [from | range_list(from + step, n - 1, step)]

  defp count_and_list(list) when is_list(list), do: {length(list), list}

  defp count_and_list(enumerable) do
    list = to_list(enumerable)
    {length(list), list}
  end

  def sort(enumerable) when is_list(enumerable), do: :lists.sort(enumerable)
  def sort(enumerable), do: sort(enumerable, fn a, b -> a <= b end)

  def sort(enumerable, fun) do
    fun = to_sort_fun(fun)

    fold(enumerable, [], fn x, acc -> sort_reducer(x, acc, fun) end)
    |> sort_terminator(fun)
  end

  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: fn a, b -> a <= b end
  defp to_sort_fun(:desc), do: fn a, b -> a >= b end
  defp to_sort_fun(module) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:asc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :gt)
  defp to_sort_fun({:desc, module}) when is_atom(module), do: &(module.compare(&1, &2) != :lt)

  def sort_by(enumerable, mapper, sorter \\ fn a, b -> a <= b end) do
    enumerable
    |> map(&{&1, mapper.(&1)})
    |> sort(to_sort_by_fun(sorter))
    |> map(&elem(&1, 0))
  end

  defp to_sort_by_fun(sorter) when is_function(sorter, 2),
    do: &sorter.(elem(&1, 1), elem(&2, 1))

  defp to_sort_by_fun(:asc), do: &(elem(&1, 1) <= elem(&2, 1))
  defp to_sort_by_fun(:desc), do: &(elem(&1, 1) >= elem(&2, 1))

  defp to_sort_by_fun(module) when is_atom(module),
    do: &(module.compare(elem(&1, 1), elem(&2, 1)) != :gt)

  defp to_sort_by_fun({:asc, module}) when is_atom(module),
    do: &(module.compare(elem(&1, 1), elem(&2, 1)) != :gt)

  defp to_sort_by_fun({:desc, module}) when is_atom(module),
    do: &(module.compare(elem(&1, 1), elem(&2, 1)) != :lt)

  # The merge sort of :lists.sort/2, run as a fold (Elixir's own port), so the order
  # of equal elements is the same as Erlang's for every sorter.
  defp sort_reducer(entry, {:split, y, x, r, rs, bool}, fun) do
    cond do
      fun.(y, entry) == bool -> {:split, entry, y, [x | r], rs, bool}
      fun.(x, entry) == bool -> {:split, y, entry, [x | r], rs, bool}
      r == [] -> {:split, y, x, [entry], rs, bool}
      true -> {:pivot, y, x, r, rs, entry, bool}
    end
  end

  defp sort_reducer(entry, {:pivot, y, x, r, rs, s, bool}, fun) do
    cond do
      fun.(y, entry) == bool -> {:pivot, entry, y, [x | r], rs, s, bool}
      fun.(x, entry) == bool -> {:pivot, y, entry, [x | r], rs, s, bool}
      fun.(s, entry) == bool -> {:split, entry, s, [], [[y, x | r] | rs], bool}
      true -> {:split, s, entry, [], [[y, x | r] | rs], bool}
    end
  end

  defp sort_reducer(entry, [x], fun), do: {:split, entry, x, [], [], fun.(x, entry)}
  defp sort_reducer(entry, acc, _fun), do: [entry | acc]

  defp sort_terminator({:split, y, x, r, rs, bool}, fun),
    do: sort_merge([[y, x | r] | rs], fun, bool)

  defp sort_terminator({:pivot, y, x, r, rs, s, bool}, fun),
    do: sort_merge([[s], [y, x | r] | rs], fun, bool)

  defp sort_terminator(acc, _fun), do: acc

  defp sort_merge(list, fun, true), do: reverse_sort_merge(list, [], fun, true)
  defp sort_merge(list, fun, false), do: sort_merge(list, [], fun, false)

  defp sort_merge([t1, [h2 | t2] | l], acc, fun, true),
    do: sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, false) | acc], fun, true)

  defp sort_merge([[h2 | t2], t1 | l], acc, fun, false),
    do: sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, false) | acc], fun, false)

  defp sort_merge([l], [], _fun, _bool), do: l

  defp sort_merge([l], acc, fun, bool),
    do: reverse_sort_merge([:lists.reverse(l, []) | acc], [], fun, bool)

  defp sort_merge([], acc, fun, bool), do: reverse_sort_merge(acc, [], fun, bool)

  defp reverse_sort_merge([[h2 | t2], t1 | l], acc, fun, true),
    do: reverse_sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, true) | acc], fun, true)

  defp reverse_sort_merge([t1, [h2 | t2] | l], acc, fun, false),
    do: reverse_sort_merge(l, [sort_merge1(t1, h2, t2, [], fun, true) | acc], fun, false)

  defp reverse_sort_merge([l], acc, fun, bool),
    do: sort_merge([:lists.reverse(l, []) | acc], [], fun, bool)

  defp reverse_sort_merge([], acc, fun, bool), do: sort_merge(acc, [], fun, bool)

  defp sort_merge1([h1 | t1], h2, t2, m, fun, bool) do
    if fun.(h1, h2) == bool do
      sort_merge2(h1, t1, t2, [h2 | m], fun, bool)
    else
      sort_merge1(t1, h2, t2, [h1 | m], fun, bool)
    end
  end

  defp sort_merge1([], h2, t2, m, _fun, _bool), do: :lists.reverse(t2, [h2 | m])

  defp sort_merge2(h1, t1, [h2 | t2], m, fun, bool) do
    if fun.(h1, h2) == bool do
      sort_merge2(h1, t1, t2, [h2 | m], fun, bool)
    else
      sort_merge1(t1, h2, t2, [h1 | m], fun, bool)
    end
  end

  defp sort_merge2(h1, t1, [], m, _fun, _bool), do: :lists.reverse(t1, [h1 | m])

  def split(enumerable, count) when is_list(enumerable) and is_integer(count) and count >= 0,
    do: split_list(enumerable, count, [])

  def split(enumerable, count) when is_integer(count) and count >= 0,
    do: split_list(to_list(enumerable), count, [])

  def split(enumerable, count) when is_integer(count) and count < 0,
    do: split_reverse_list(reverse(enumerable), -count, [])

  defp split_list([head | tail], counter, acc) when counter > 0,
    do: split_list(tail, counter - 1, [head | acc])

  defp split_list(list, 0, acc), do: {:lists.reverse(acc), list}
  defp split_list([], _, acc), do: {:lists.reverse(acc), []}

  defp split_reverse_list([head | tail], counter, acc) when counter > 0,
    do: split_reverse_list(tail, counter - 1, [head | acc])

  defp split_reverse_list(list, 0, acc), do: {:lists.reverse(list), acc}
  defp split_reverse_list([], _, acc), do: {[], acc}

  def split_while(enumerable, fun) when is_list(enumerable),
    do: split_while_list(enumerable, fun, [])

  def split_while(enumerable, fun), do: split_while_list(to_list(enumerable), fun, [])

  defp split_while_list([head | tail], fun, acc) do
    if fun.(head) do
      split_while_list(tail, fun, [head | acc])
    else
      {:lists.reverse(acc), [head | tail]}
    end
  end

  defp split_while_list([], _, acc), do: {:lists.reverse(acc), []}

  def split_with(enumerable, fun) do
    {acc1, acc2} =
      fold(enumerable, {[], []}, fn entry, {acc1, acc2} ->
        if fun.(entry), do: {[entry | acc1], acc2}, else: {acc1, [entry | acc2]}
      end)

    {:lists.reverse(acc1), :lists.reverse(acc2)}
  end

  def sum(%{__struct__: Range, first: first, last: last, step: step} = range) do
    range_size(range) * (first + last - rem(last - first, step)) |> div(2)
  end

  def sum(enumerable) when is_list(enumerable),
    do: foldl_named(enumerable, 0, fn x, acc -> x + acc end, :"-sum/1-lists^foldl/2-0-")

  def sum(enumerable), do: fold(enumerable, 0, fn x, acc -> x + acc end)

  # ---- T ------------------------------------------------------------------------

  def take(enumerable, amount)
  def take(_enumerable, 0), do: []

  def take(enumerable, amount) when is_list(enumerable) and is_integer(amount) and amount > 0,
    do: take_list(enumerable, amount)

  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {res, _} =
      fold_while(enumerable, {[], amount}, fn entry, {list, n} ->
        case n do
          1 -> {:halt, {[entry | list], n - 1}}
          _ -> {:cont, {[entry | list], n - 1}}
        end
      end)

    :lists.reverse(res)
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    {count, list} = count_and_list(enumerable)
    first = Kernel.max(amount + count, 0)
    drop_list(list, first)
  end

  defp take_list(_list, 0), do: []
  defp take_list([head | _], 1), do: [head]
  defp take_list([head | tail], counter), do: [head | take_list(tail, counter - 1)]
  defp take_list([], _counter), do: []

  def take_every(enumerable, nth)
  def take_every(enumerable, 1), do: to_list(enumerable)
  def take_every(_enumerable, 0), do: []
  def take_every([], nth) when is_integer(nth) and nth > 1, do: []

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    take_every_list(to_list(enumerable), nth)
  end

  # Elixir's reservoir sampling, call for call, so a seeded :rand picks the same.
  def take_random(enumerable, count)
  def take_random(_enumerable, 0), do: []
  def take_random([], _), do: []
  def take_random([h | t], 1), do: take_random_list_one(t, h, 1)

  def take_random(enumerable, 1) do
    result =
      fold(enumerable, [], fn
        x, [current | index] ->
          if :rand.uniform(index + 1) == 1, do: [x | index + 1], else: [current | index + 1]

        x, [] ->
          [x | 1]
      end)

    case result do
      [] -> []
      [current | _index] -> [current]
    end
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 and count <= 128 do
    sample = :erlang.make_tuple(count, nil)

    reducer = fn elem, {idx, sample} ->
      jdx = random_integer(0, idx)

      cond do
        idx < count ->
          value = elem(sample, jdx)
          {idx + 1, put_elem(sample, idx, value) |> put_elem(jdx, elem)}

        jdx < count ->
          {idx + 1, put_elem(sample, jdx, elem)}

        true ->
          {idx + 1, sample}
      end
    end

    {size, sample} = fold(enumerable, {0, sample}, reducer)
    sample |> :erlang.tuple_to_list() |> take(Kernel.min(count, size))
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 do
    reducer = fn elem, {idx, sample} ->
      jdx = random_integer(0, idx)

      cond do
        idx < count ->
          value = Map.get(sample, jdx)
          {idx + 1, :maps.put(jdx, elem, :maps.put(idx, value, sample))}

        jdx < count ->
          {idx + 1, :maps.put(jdx, elem, sample)}

        true ->
          {idx + 1, sample}
      end
    end

    {size, sample} = fold(enumerable, {0, %{}}, reducer)
    take_random_map(sample, Kernel.min(count, size), [])
  end

  defp take_random_map(_sample, 0, acc), do: acc

  defp take_random_map(sample, position, acc) do
    position = position - 1
    take_random_map(sample, position, [Map.get(sample, position) | acc])
  end

  defp take_random_list_one([h | t], current, index) do
    if :rand.uniform(index + 1) == 1 do
      take_random_list_one(t, h, index + 1)
    else
      take_random_list_one(t, current, index + 1)
    end
  end

  defp take_random_list_one([], current, _), do: [current]

  def take_while(enumerable, fun) when is_list(enumerable), do: take_while_list(enumerable, fun)

  def take_while(enumerable, fun) do
    res =
      fold_while(enumerable, [], fn entry, acc ->
        if fun.(entry), do: {:cont, [entry | acc]}, else: {:halt, acc}
      end)

    :lists.reverse(res)
  end

  defp take_while_list([head | tail], fun) do
    if fun.(head), do: [head | take_while_list(tail, fun)], else: []
  end

  defp take_while_list([], _), do: []

  def to_list(enumerable) when is_list(enumerable), do: enumerable

  def to_list(%{__struct__: Range, first: first, last: last, step: step}),
    do: range_to_list(first, last, step)

  def to_list(%{__struct__: MapSet, map: map}), do: :maps.keys(map)
  def to_list(%{__struct__: _} = other), do: not_enumerable(other)
  def to_list(map) when is_map(map), do: :maps.to_list(map)
  def to_list(other), do: not_enumerable(other)

  # Built from the end so no reverse is needed.
  defp range_to_list(first, last, step) do
    size = range_size(%{first: first, last: last, step: step})
    if size == 0, do: [], else: range_down(first + (size - 1) * step, first, step, [])
  end

  defp range_down(current, first, step, acc) do
    if current == first do
      [current | acc]
    else
      range_down(current - step, first, step, [current | acc])
    end
  end

  # ---- U, W, Z ------------------------------------------------------------------

  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  def uniq_by(enumerable, fun) when is_list(enumerable), do: uniq_list(enumerable, %{}, fun)
  def uniq_by(enumerable, fun), do: uniq_list(to_list(enumerable), %{}, fun)

  defp uniq_list([head | tail], set, fun) do
    value = fun.(head)

    case set do
      %{^value => true} -> uniq_list(tail, set, fun)
      %{} -> [head | uniq_list(tail, :maps.put(value, true, set), fun)]
    end
  end

  defp uniq_list([], _set, _fun), do: []

  def unzip(enumerable) when is_list(enumerable), do: unzip(:lists.reverse(enumerable), [], [])

  def unzip(enumerable) do
    {list1, list2} =
      fold(enumerable, {[], []}, fn {el1, el2}, {list1, list2} ->
        {[el1 | list1], [el2 | list2]}
      end)

    {:lists.reverse(list1), :lists.reverse(list2)}
  end

  defp unzip([{el1, el2} | reversed_pairs], list1, list2),
    do: unzip(reversed_pairs, [el1 | list1], [el2 | list2])

  defp unzip([], list1, list2), do: {list1, list2}

  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, offset) when is_integer(offset) do
    enumerable |> map_reduce(offset, fn x, i -> {{x, i}, i + 1} end) |> elem(0)
  end

  def with_index(enumerable, fun) when is_function(fun, 2) do
    enumerable |> map_reduce(0, fn x, i -> {fun.(x, i), i + 1} end) |> elem(0)
  end

  def zip(enumerable1, enumerable2) when is_list(enumerable1) and is_list(enumerable2),
    do: zip_list(enumerable1, enumerable2, fn x, y -> {x, y} end)

  def zip(enumerable1, enumerable2), do: zip([enumerable1, enumerable2])

  def zip([]), do: []
  def zip(enumerables), do: zip_with(enumerables, fn l -> :erlang.list_to_tuple(l) end)

  def zip_with(enumerable1, enumerable2, zip_fun)
      when is_list(enumerable1) and is_list(enumerable2) and is_function(zip_fun, 2),
      do: zip_list(enumerable1, enumerable2, zip_fun)

  def zip_with(enumerable1, enumerable2, zip_fun) when is_function(zip_fun, 2),
    do: zip_with([enumerable1, enumerable2], fn args -> apply(zip_fun, args) end)

  def zip_with([], _fun), do: []

  def zip_with(enumerables, zip_fun) do
    zip_lists(map(enumerables, &to_list/1), zip_fun)
  end

  defp zip_lists(lists, zip_fun) do
    case heads_and_tails(lists, [], []) do
      :done -> []
      {heads, tails} -> [zip_fun.(heads) | zip_lists(tails, zip_fun)]
    end
  end

  defp heads_and_tails([[h | t] | rest], heads, tails),
    do: heads_and_tails(rest, [h | heads], [t | tails])

  defp heads_and_tails([[] | _], _heads, _tails), do: :done

  defp heads_and_tails([], heads, tails),
    do: {:lists.reverse(heads), :lists.reverse(tails)}

  defp zip_list([head1 | next1], [head2 | next2], fun),
    do: [fun.(head1, head2) | zip_list(next1, next2, fun)]

  defp zip_list(_, [], _fun), do: []
  defp zip_list([], _, _fun), do: []

  # ---- deprecated in 1.14 but still callable ----------------------------------------

  def chunk(enumerable, count), do: chunk(enumerable, count, count, nil)
  def chunk(enumerable, count, step), do: chunk_every(enumerable, count, step, :discard)

  def chunk(enumerable, count, step, leftover),
    do: chunk_every(enumerable, count, step, leftover || :discard)

  def filter_map(enumerable, filter, mapper) do
    enumerable |> filter(filter) |> map(mapper)
  end

  def partition(enumerable, fun), do: split_with(enumerable, fun)
  def uniq(enumerable, fun), do: uniq_by(enumerable, fun)

  # ---- slide, zip_reduce ------------------------------------------------------------

  def slide(enumerable, range_or_single_index, insertion_index)

  def slide(enumerable, single_index, insertion_index) when is_integer(single_index) do
    slide(enumerable, Range.new(single_index, single_index, 1), insertion_index)
  end

  def slide(_, %{__struct__: Range, step: step} = index_range, _insertion_index)
      when step != 1 do
    raise ArgumentError,
          "Enum.slide/3 does not accept ranges with custom steps, got: " <> inspect(index_range)
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index)
      when first < 0 or last < 0 or insertion_index < 0 do
    count = count(enumerable)
    normalized_first = if first >= 0, do: first, else: Kernel.max(first + count, 0)
    normalized_last = if last >= 0, do: last, else: last + count

    normalized_insertion_index =
      if insertion_index >= 0, do: insertion_index, else: insertion_index + count

    if normalized_first < count and normalized_first != normalized_insertion_index do
      slide(enumerable, Range.new(normalized_first, normalized_last, 1), normalized_insertion_index)
    else
      to_list(enumerable)
    end
  end

  def slide(enumerable, %{__struct__: Range, first: insertion_index}, insertion_index),
    do: to_list(enumerable)

  def slide(_, %{__struct__: Range, first: first, last: last}, insertion_index)
      when insertion_index > first and insertion_index <= last do
    raise ArgumentError,
          "insertion index for slide must be outside the range being moved " <>
            "(tried to insert #{first}..#{last} at #{insertion_index})"
  end

  def slide(enumerable, %{__struct__: Range, first: first, last: last}, _insertion_index)
      when first > last,
      do: to_list(enumerable)

  # Here step == 1, first <= last and insertion_index is outside first..last.
  def slide(enumerable, %{__struct__: Range, first: first, last: last}, insertion_index) do
    if insertion_index <= first do
      slide_any(enumerable, insertion_index, first, last)
    else
      slide_any(enumerable, first, last + 1, insertion_index)
    end
  end

  # Moves the elements middle..last in front of index start, in one pass.
  defp slide_any(enumerable, start, middle, last) do
    {_size, pre, post} =
      fold(enumerable, {0, [], []}, fn item, {index, pre, post} ->
        {pre, post} =
          cond do
            index < start -> {[item | pre], post}
            index >= start and index < middle -> {pre, [item | post]}
            index >= middle and index <= last -> {[item | pre], post}
            true -> {pre, [item | post]}
          end

        {index + 1, pre, post}
      end)

    :lists.reverse(pre, :lists.reverse(post))
  end

  def zip_reduce(left, right, acc, reducer)
      when is_list(left) and is_list(right) and is_function(reducer, 3),
      do: zip_reduce_list(left, right, acc, reducer)

  def zip_reduce(left, right, acc, reducer) when is_function(reducer, 3),
    do: zip_reduce_list(to_list(left), to_list(right), acc, reducer)

  defp zip_reduce_list([h1 | t1], [h2 | t2], acc, reducer),
    do: zip_reduce_list(t1, t2, reducer.(h1, h2, acc), reducer)

  defp zip_reduce_list(_, _, acc, _reducer), do: acc

  def zip_reduce([], acc, reducer) when is_function(reducer, 2), do: acc

  def zip_reduce(enums, acc, reducer) when is_function(reducer, 2) do
    zip_reduce_lists(map(enums, &to_list/1), acc, reducer)
  end

  defp zip_reduce_lists(lists, acc, reducer) do
    case heads_and_tails(lists, [], []) do
      :done -> acc
      {heads, tails} -> zip_reduce_lists(tails, reducer.(heads, acc), reducer)
    end
  end
end
