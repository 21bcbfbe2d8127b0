# Keyword (Elixir 1.14): lists of {atom, value} pairs where a key may repeat and the
# first occurrence wins on reads. Guards match Elixir's, so bad arguments raise the
# same FunctionClauseError.
defmodule Keyword do
  def new, do: []

  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) when is_function(transform, 1) do
    fun = fn el, acc ->
      {k, v} = transform.(el)
      put_new(acc, k, v)
    end

    Enum.reduce(Enum.reverse(pairs), [], fun)
  end

  def from_keys(keys, value) when is_list(keys) do
    map_keys(keys, value)
  end

  defp map_keys([key | rest], value) when is_atom(key), do: [{key, value} | map_keys(rest, value)]
  defp map_keys([], _value), do: []

  def keyword?([{key, _value} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_other), do: false

  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  def get_lazy(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do
    get_values_loop(keywords, key)
  end

  defp get_values_loop([{key, value} | rest], key), do: [value | get_values_loop(rest, key)]
  defp get_values_loop([{_, _} | rest], key), do: get_values_loop(rest, key)
  defp get_values_loop([], _key), do: []

  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end

  def has_key?(keywords, key) when is_list(keywords) and is_atom(key) do
    keymember(keywords, key)
  end

  def keys(keywords) when is_list(keywords) do
    map_list(keywords, fn
      {key, _} when is_atom(key) ->
        key

      element ->
        raise ArgumentError,
              "expected a keyword list, but an entry in the list is not a two-element tuple " <>
                "with an atom as its first element, got: " <> inspect(element)
    end)
  end

  def values(keywords) when is_list(keywords) do
    map_list(keywords, fn {_, value} -> value end)
  end

  defp map_list([h | t], fun), do: [fun.(h) | map_list(t, fun)]
  defp map_list([], _fun), do: []

  def delete(keywords, key) when is_list(keywords) and is_atom(key) do
    case keymember(keywords, key) do
      true -> delete_key(keywords, key)
      _ -> keywords
    end
  end

  defp delete_key([{key, _} | tail], key), do: delete_key(tail, key)
  defp delete_key([{_, _} = pair | tail], key), do: [pair | delete_key(tail, key)]
  defp delete_key([], _key), do: []

  def delete_first(keywords, key) when is_list(keywords) and is_atom(key) do
    case keymember(keywords, key) do
      true -> delete_first_key(keywords, key)
      _ -> keywords
    end
  end

  defp delete_first_key([{key, _} | tail], key), do: tail
  defp delete_first_key([{_, _} = pair | tail], key), do: [pair | delete_first_key(tail, key)]
  defp delete_first_key([], _key), do: []

  def put(keywords, key, value) when is_list(keywords) and is_atom(key) do
    [{key, value} | delete(keywords, key)]
  end

  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  def put_new_lazy(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    replace_in_place(keywords, key, fn _ -> value end, nil)
  end

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    replace_in_place(keywords, key, fn _ -> value end, keywords)
  end

  def replace_lazy(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    replace_in_place(keywords, key, fun, nil)
  end

  # The first `key` entry gets fun.(value) where it stands, later ones are dropped;
  # a missing key raises KeyError about `original` unless it is nil.
  defp replace_in_place([{key, value} | rest], key, fun, _original),
    do: [{key, fun.(value)} | delete(rest, key)]

  defp replace_in_place([{_, _} = pair | rest], key, fun, original),
    do: [pair | replace_in_place(rest, key, fun, original)]

  defp replace_in_place([], _key, _fun, nil), do: []
  defp replace_in_place([], key, _fun, original), do: raise(KeyError, key: key, term: original)

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_bang(keywords, key, fun, keywords)
  end

  defp update_bang([{key, value} | keywords], key, fun, _original),
    do: [{key, fun.(value)} | delete(keywords, key)]

  defp update_bang([{_, _} = pair | keywords], key, fun, original),
    do: [pair | update_bang(keywords, key, fun, original)]

  defp update_bang([], key, _fun, original), do: raise(KeyError, key: key, term: original)

  def update(keywords, key, default, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_guarded(keywords, key, default, fun)
  end

  defp update_guarded([{key, current} | keywords], key, _default, fun),
    do: [{key, fun.(current)} | delete(keywords, key)]

  defp update_guarded([{_, _} = pair | keywords], key, default, fun),
    do: [pair | update_guarded(keywords, key, default, fun)]

  defp update_guarded([], key, default, _fun), do: [{key, default}]

  def get_and_update(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    get_and_update_loop(keywords, [], key, fun)
  end

  defp get_and_update_loop([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> bad_get_and_update(other)
    end
  end

  defp get_and_update_loop([{_, _} = h | t], acc, key, fun),
    do: get_and_update_loop(t, [h | acc], key, fun)

  defp get_and_update_loop([], acc, key, fun) do
    case fun.(nil) do
      {get, update} -> {get, [{key, update} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> bad_get_and_update(other)
    end
  end

  def get_and_update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    get_and_update_bang(keywords, key, fun, [])
  end

  defp get_and_update_bang([{key, value} | keywords], key, fun, acc) do
    case fun.(value) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | delete(keywords, key)])}
      :pop -> {value, :lists.reverse(acc, keywords)}
      other -> bad_get_and_update(other)
    end
  end

  defp get_and_update_bang([{_, _} = e | keywords], key, fun, acc),
    do: get_and_update_bang(keywords, key, fun, [e | acc])

  defp get_and_update_bang([], key, _fun, acc),
    do: raise(KeyError, key: key, term: :lists.reverse(acc))

  defp bad_get_and_update(other) do
    raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
  end

  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    if keyword?(keywords2) do
      fun = fn
        {key, _value} when is_atom(key) ->
          not has_key?(keywords2, key)

        _ ->
          raise ArgumentError,
                "expected a keyword list as the first argument, got: " <> inspect(keywords1)
      end

      filter_list(keywords1, fun) ++ keywords2
    else
      raise ArgumentError,
            "expected a keyword list as the second argument, got: " <> inspect(keywords2)
    end
  end

  def merge(keywords1, keywords2, fun)
      when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    if keyword?(keywords1) do
      merge_fun(keywords2, [], keywords1, keywords1, fun, keywords2)
    else
      raise ArgumentError,
            "expected a keyword list as the first argument, got: " <> inspect(keywords1)
    end
  end

  # Walks keywords2: a key also in keywords1 gets fun's value (and that entry of
  # `original` is used up); keywords1's entries whose keys never appear come first.
  defp merge_fun([{key, value2} | tail], acc, rest, original, fun, keywords2)
       when is_atom(key) do
    case :lists.keyfind(key, 1, original) do
      {^key, value1} ->
        acc = [{key, fun.(key, value1, value2)} | acc]
        original = delete_first_key(original, key)
        merge_fun(tail, acc, delete(rest, key), original, fun, keywords2)

      false ->
        merge_fun(tail, [{key, value2} | acc], rest, original, fun, keywords2)
    end
  end

  defp merge_fun([], acc, rest, _original, _fun, _keywords2), do: rest ++ :lists.reverse(acc)

  defp merge_fun(_, _acc, _rest, _original, _fun, keywords2) do
    raise ArgumentError,
          "expected a keyword list as the second argument, got: " <> inspect(keywords2)
  end

  def take(keywords, keys) when is_list(keywords) and is_list(keys) do
    filter_list(keywords, fn {k, _} -> member(keys, k) end)
  end

  def drop(keywords, keys) when is_list(keywords) and is_list(keys) do
    filter_list(keywords, fn {k, _} -> not member(keys, k) end)
  end

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    fun = fn {k, v}, {take, drop} ->
      case member(keys, k) do
        true -> {[{k, v} | take], drop}
        false -> {take, [{k, v} | drop]}
      end
    end

    acc = {[], []}
    {take, drop} = Enum.reduce(keywords, acc, fun)
    {:lists.reverse(take), :lists.reverse(drop)}
  end

  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  def pop_lazy(keywords, key, fun)
      when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {fun.(), keywords}
    end
  end

  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete_first_key(keywords, key)}
      :error -> {default, keywords}
    end
  end

  def pop_values(keywords, key) when is_list(keywords) and is_atom(key) do
    {values, rest} = split_values(keywords, key, [], [])
    {values, rest}
  end

  defp split_values([{key, value} | tail], key, values, rest),
    do: split_values(tail, key, [value | values], rest)

  defp split_values([{_, _} = pair | tail], key, values, rest),
    do: split_values(tail, key, values, [pair | rest])

  defp split_values([], _key, values, rest), do: {:lists.reverse(values), :lists.reverse(rest)}

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    filter_loop(keywords, fun)
  end

  defp filter_loop([], _fun), do: []

  defp filter_loop([{_, _} = entry | entries], fun) do
    if fun.(entry), do: [entry | filter_loop(entries, fun)], else: filter_loop(entries, fun)
  end

  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    reject_loop(keywords, fun)
  end

  defp reject_loop([], _fun), do: []

  defp reject_loop([{_, _} = entry | entries], fun) do
    if fun.(entry), do: reject_loop(entries, fun), else: [entry | reject_loop(entries, fun)]
  end

  def map(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    map_loop(keywords, fun)
  end

  defp map_loop([], _fun), do: []
  defp map_loop([{key, _} = entry | rest], fun), do: [{key, fun.(entry)} | map_loop(rest, fun)]

  def equal?(left, right) when is_list(left) and is_list(right) do
    :lists.sort(left) == :lists.sort(right)
  end

  def to_list(keywords) when is_list(keywords), do: keywords

  # Small list helpers (kept here so the only natives are :lists.keyfind and reverse).
  defp keymember([{key, _} | _], key), do: true
  defp keymember([_ | rest], key), do: keymember(rest, key)
  defp keymember([], _key), do: false

  defp member([x | _], x), do: true
  defp member([_ | rest], x), do: member(rest, x)
  defp member([], _x), do: false

  defp filter_list([h | t], fun) do
    if fun.(h), do: [h | filter_list(t, fun)], else: filter_list(t, fun)
  end

  defp filter_list([], _fun), do: []

  def size(keyword), do: length(keyword)

  def delete(keywords, key, value) when is_list(keywords) and is_atom(key) do
    delete_pair(keywords, key, value)
  end

  defp delete_pair([{key, value} | tail], key, value), do: delete_pair(tail, key, value)
  defp delete_pair([{_, _} = pair | tail], key, value), do: [pair | delete_pair(tail, key, value)]
  defp delete_pair([], _key, _value), do: []

  def validate(keyword, values) when is_list(keyword) and is_list(values) do
    validate_loop(keyword, values, [], [])
  end

  # Each entry uses up its key in `values` (an atom, or {key, default}); a key not
  # there (or given twice) is bad. Defaults of unused keys go in front of the result.
  defp validate_loop([{key, _} = pair | rest], values, acc, bad_keys) when is_atom(key) do
    case take_allowed(values, key, []) do
      {:ok, values} -> validate_loop(rest, values, [pair | acc], bad_keys)
      :error -> validate_loop(rest, values, acc, [key | bad_keys])
    end
  end

  defp validate_loop([], values, acc, []), do: {:ok, move_defaults(values, acc)}
  defp validate_loop([], _values, _acc, bad_keys), do: {:error, bad_keys}

  defp validate_loop([pair | _], _values, _acc, _bad_keys) do
    raise ArgumentError,
          "expected a keyword list as first argument, got invalid entry: " <> inspect(pair)
  end

  defp take_allowed([key | rest], key, skipped), do: {:ok, :lists.reverse(skipped, rest)}
  defp take_allowed([{key, _} | rest], key, skipped), do: {:ok, :lists.reverse(skipped, rest)}
  defp take_allowed([other | rest], key, skipped), do: take_allowed(rest, key, [other | skipped])
  defp take_allowed([], _key, _skipped), do: :error

  defp move_defaults([key | rest], acc) when is_atom(key), do: move_defaults(rest, acc)
  defp move_defaults([{key, _} = pair | rest], acc) when is_atom(key), do: move_defaults(rest, [pair | acc])
  defp move_defaults([], acc), do: acc

  defp move_defaults([other | _], _acc) do
    raise ArgumentError,
          "expected the second argument to be a list of atoms or tuples, got: " <> inspect(other)
  end

  def validate!(keyword, values) do
    case validate(keyword, values) do
      {:ok, validated} ->
        validated

      {:error, unknown} ->
        allowed = map_list(values, fn {key, _} -> key; key -> key end)

        raise ArgumentError,
              "unknown keys " <> inspect(unknown) <> " in " <> inspect(keyword) <>
                ", the allowed keys are: " <> inspect(allowed)
    end
  end
end
