# MapSet (Elixir 1.14): %MapSet{map: %{element => []}, version: 2}, built here as a
# plain map with __struct__: MapSet. Enum reads the same representation.
defmodule MapSet do
  defp wrap(map), do: %{__struct__: MapSet, map: map, version: 2}

  def new, do: wrap(%{})

  def new(%{__struct__: MapSet} = map_set), do: map_set
  def new(enumerable), do: wrap(Map.from_keys(Enum.to_list(enumerable), []))

  def new(enumerable, transform) when is_function(transform, 1) do
    wrap(Map.from_keys(Enum.map(enumerable, transform), []))
  end

  def put(%{__struct__: MapSet, map: map} = set, value), do: %{set | map: :maps.put(value, [], map)}
  def delete(%{__struct__: MapSet, map: map} = set, value), do: %{set | map: :maps.remove(value, map)}

  def member?(%{__struct__: MapSet, map: map}, value), do: :maps.is_key(value, map)
  def size(%{__struct__: MapSet, map: map}), do: map_size(map)
  def to_list(%{__struct__: MapSet, map: map}), do: :maps.keys(map)

  def equal?(%{__struct__: MapSet, map: map1}, %{__struct__: MapSet, map: map2}), do: map1 === map2

  def union(%{__struct__: MapSet, map: map1} = set, %{__struct__: MapSet, map: map2}),
    do: %{set | map: :maps.merge(map1, map2)}

  def intersection(%{__struct__: MapSet, map: map1} = set, %{__struct__: MapSet, map: map2}) do
    {small, large} = if map_size(map1) <= map_size(map2), do: {map1, map2}, else: {map2, map1}
    %{set | map: Map.take(large, :maps.keys(small))}
  end

  def difference(%{__struct__: MapSet, map: map1} = set, %{__struct__: MapSet, map: map2}),
    do: %{set | map: Map.drop(map1, :maps.keys(map2))}

  def symmetric_difference(%{__struct__: MapSet, map: map1} = set, %{__struct__: MapSet, map: map2}) do
    both = Map.take(map1, :maps.keys(map2))
    merged = :maps.merge(map1, map2)
    %{set | map: Map.drop(merged, :maps.keys(both))}
  end

  def subset?(%{__struct__: MapSet, map: map1}, %{__struct__: MapSet, map: map2}) do
    map_size(map1) <= map_size(map2) and all_keys_in?(:maps.keys(map1), map2)
  end

  def disjoint?(%{__struct__: MapSet, map: map1}, %{__struct__: MapSet, map: map2}) do
    {small, large} = if map_size(map1) <= map_size(map2), do: {map1, map2}, else: {map2, map1}
    not any_key_in?(:maps.keys(small), large)
  end

  defp all_keys_in?([key | rest], map), do: :maps.is_key(key, map) and all_keys_in?(rest, map)
  defp all_keys_in?([], _map), do: true

  defp any_key_in?([key | rest], map), do: :maps.is_key(key, map) or any_key_in?(rest, map)
  defp any_key_in?([], _map), do: false

  def filter(%{__struct__: MapSet, map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: Map.from_keys(Enum.filter(:maps.keys(map), fun), [])}
  end

  def reject(%{__struct__: MapSet, map: map} = set, fun) when is_function(fun, 1) do
    %{set | map: Map.from_keys(Enum.reject(:maps.keys(map), fun), [])}
  end
end
