# Map (Elixir 1.14) on top of the :maps natives. Errors are those of the BIFs
# (BadMapError, KeyError "key ... not found in: ...") or of Elixir's own guards.
defmodule Map do
  def new, do: %{}

  def new(%{__struct__: _} = struct), do: new_from_enum(struct)
  def new(%{} = map), do: map
  def new(enumerable), do: new_from_enum(enumerable)

  defp new_from_enum(enumerable), do: enumerable |> Enum.to_list() |> :maps.from_list()

  def new(enumerable, transform) when is_function(transform, 1) do
    enumerable
    |> Enum.to_list()
    |> new_transform(transform, [])
  end

  defp new_transform([], _fun, acc), do: acc |> :lists.reverse() |> :maps.from_list()

  defp new_transform([element | rest], fun, acc) do
    {key, value} = fun.(element)
    new_transform(rest, fun, [{key, value} | acc])
  end

  def keys(map), do: :maps.keys(map)
  def values(map), do: :maps.values(map)
  def to_list(map), do: :maps.to_list(map)

  def has_key?(map, key), do: :maps.is_key(key, map)

  def fetch(map, key), do: :maps.find(key, map)
  def fetch!(map, key), do: :maps.get(key, map)

  def get(map, key, default \\ nil) do
    case map do
      %{^key => value} -> value
      %{} -> default
      other -> :erlang.error({:badmap, other})
    end
  end

  def get_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => value} -> value
      %{} -> fun.()
      other -> :erlang.error({:badmap, other})
    end
  end

  def put(map, key, value), do: :maps.put(key, value, map)

  def put_new(map, key, value) do
    case map do
      %{^key => _value} -> map
      %{} -> :maps.put(key, value, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def put_new_lazy(map, key, fun) when is_function(fun, 0) do
    case map do
      %{^key => _value} -> map
      %{} -> :maps.put(key, fun.(), map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def replace(map, key, value) do
    case map do
      %{^key => _value} -> %{map | key => value}
      %{} -> map
      other -> :erlang.error({:badmap, other})
    end
  end

  def replace!(map, key, value) do
    case map do
      %{^key => _value} -> %{map | key => value}
      %{} -> :erlang.error({:badkey, key, map})
      other -> :erlang.error({:badmap, other})
    end
  end

  def replace_lazy(map, key, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> map
      other -> :erlang.error({:badmap, other})
    end
  end

  def delete(map, key), do: :maps.remove(key, map)

  def merge(map1, map2), do: :maps.merge(map1, map2)

  def merge(map1, map2, fun) when is_function(fun, 3) do
    if map_size(map1) > map_size(map2) do
      merge_into(:maps.to_list(map2), map1, fun, false)
    else
      merge_into(:maps.to_list(map1), map2, fun, true)
    end
  end

  # Folds `pairs` into `map`; on a shared key the resolver gets (key, v1, v2) in
  # argument order: `flip` says `pairs` came from the first map.
  defp merge_into([], map, _fun, _flip), do: map

  defp merge_into([{key, value} | rest], map, fun, flip) do
    map =
      case map do
        %{^key => other} when flip -> %{map | key => fun.(key, value, other)}
        %{^key => other} -> %{map | key => fun.(key, other, value)}
        %{} -> :maps.put(key, value, map)
      end

    merge_into(rest, map, fun, flip)
  end

  def update(map, key, default, fun) when is_function(fun, 1) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> :maps.put(key, default, map)
      other -> :erlang.error({:badmap, other})
    end
  end

  def update!(map, key, fun) when is_function(fun, 1) do
    value = :maps.get(key, map)
    %{map | key => fun.(value)}
  end

  def pop(map, key, default \\ nil) do
    case :maps.take(key, map) do
      {_, _} = tuple -> tuple
      :error -> {default, map}
    end
  end

  def pop!(map, key) do
    case :maps.take(key, map) do
      {_, _} = tuple -> tuple
      :error -> :erlang.error({:badkey, key, map})
    end
  end

  def pop_lazy(map, key, fun) when is_function(fun, 0) do
    case :maps.take(key, map) do
      {_, _} = tuple -> tuple
      :error -> {fun.(), map}
    end
  end

  def get_and_update(map, key, fun) when is_function(fun, 1) do
    current = get(map, key)

    case fun.(current) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, delete(map, key)}
      other -> raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  def get_and_update!(map, key, fun) when is_function(fun, 1) do
    value = :maps.get(key, map)

    case fun.(value) do
      {get, update} -> {get, %{map | key => update}}
      :pop -> {value, :maps.remove(key, map)}
      other -> raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  def take(map, keys) when is_map(map) and is_list(keys), do: take_keys(keys, map, [])
  def take(map, keys) when is_map(map), do: take(map, Enum.to_list(keys))
  def take(non_map, _keys), do: :erlang.error({:badmap, non_map})

  defp take_keys([], _map, acc), do: :maps.from_list(acc)

  defp take_keys([key | rest], map, acc) do
    acc =
      case map do
        %{^key => value} -> [{key, value} | acc]
        %{} -> acc
      end

    take_keys(rest, map, acc)
  end

  def drop(map, keys) when is_map(map) and is_list(keys), do: drop_keys(keys, map)
  def drop(map, keys) when is_map(map), do: drop(map, Enum.to_list(keys))
  def drop(non_map, _keys), do: :erlang.error({:badmap, non_map})

  defp drop_keys([], map), do: map
  defp drop_keys([key | rest], map), do: drop_keys(rest, :maps.remove(key, map))

  def split(map, keys) when is_map(map) and is_list(keys) do
    split_keys(keys, map, %{})
  end

  def split(map, keys) when is_map(map), do: split(map, Enum.to_list(keys))
  def split(map, _keys), do: :erlang.error({:badmap, map})

  defp split_keys([], rest, taken), do: {taken, rest}

  defp split_keys([key | keys], rest, taken) do
    case rest do
      %{^key => value} -> split_keys(keys, :maps.remove(key, rest), :maps.put(key, value, taken))
      %{} -> split_keys(keys, rest, taken)
    end
  end

  def filter(map, fun) when is_map(map) and is_function(fun, 1) do
    map |> :maps.to_list() |> filter_pairs(fun, true, []) |> :maps.from_list()
  end

  def reject(map, fun) when is_map(map) and is_function(fun, 1) do
    map |> :maps.to_list() |> filter_pairs(fun, false, []) |> :maps.from_list()
  end

  defp filter_pairs([], _fun, _keep, acc), do: acc

  defp filter_pairs([pair | rest], fun, keep, acc) do
    if fun.(pair) do
      filter_pairs(rest, fun, keep, if(keep, do: [pair | acc], else: acc))
    else
      filter_pairs(rest, fun, keep, if(keep, do: acc, else: [pair | acc]))
    end
  end

  def map(map, fun) when is_map(map) and is_function(fun, 1) do
    map |> :maps.to_list() |> map_pairs(fun, []) |> :maps.from_list()
  end

  defp map_pairs([], _fun, acc), do: acc

  defp map_pairs([{key, _} = pair | rest], fun, acc),
    do: map_pairs(rest, fun, [{key, fun.(pair)} | acc])

  def from_keys(keys, value) when is_list(keys), do: from_keys_loop(keys, value, %{})

  defp from_keys_loop([key | rest], value, acc),
    do: from_keys_loop(rest, value, :maps.put(key, value, acc))

  defp from_keys_loop([], _value, acc), do: acc

  def equal?(map1, map2) when is_map(map1) and is_map(map2), do: map1 === map2
  def equal?(map1, map2) when is_map(map1), do: :erlang.error({:badmap, map2})
  def equal?(map1, _map2), do: :erlang.error({:badmap, map1})

  def from_struct(struct) when is_atom(struct), do: :maps.remove(:__struct__, struct.__struct__())
  def from_struct(%{__struct__: _} = struct), do: :maps.remove(:__struct__, struct)

  def size(map), do: map_size(map)
end
