# List (Elixir 1.14). The :lists BIFs Elixir delegates to are written here in
# Elixir (same results, same order of evaluation); only keyfind, reverse, sort and
# flatten stay native. Positions are 0-based as in Elixir.
defmodule List do
  def delete(list, element) when is_list(list), do: delete_first(list, element)

  defp delete_first([h | t], element) when h === element, do: t
  defp delete_first([h | t], element), do: [h | delete_first(t, element)]
  defp delete_first([], _element), do: []

  def duplicate(elem, n) when is_integer(n) and n >= 0, do: duplicate_loop(elem, n, [])

  def duplicate(_elem, _n) do
    raise FunctionClauseError, module: :lists, function: :duplicate, arity: 2
  end

  defp duplicate_loop(_elem, 0, acc), do: acc
  defp duplicate_loop(elem, n, acc), do: duplicate_loop(elem, n - 1, [elem | acc])

  def flatten(list), do: :lists.flatten(list)
  def flatten(list, tail), do: :lists.flatten(list) ++ tail

  def foldl(list, acc, fun) when is_list(list) and is_function(fun, 2), do: foldl_loop(list, acc, fun)

  defp foldl_loop([h | t], acc, fun), do: foldl_loop(t, fun.(h, acc), fun)
  defp foldl_loop([], acc, _fun), do: acc

  def foldr(list, acc, fun) when is_list(list) and is_function(fun, 2),
    do: foldl_loop(:lists.reverse(list), acc, fun)

  def first(list, default \\ nil)
  def first([], default), do: default
  def first([h | _], _default), do: h

  def last(list, default \\ nil)
  def last([], default), do: default
  def last([h], _default), do: h
  def last([_ | t], default), do: last(t, default)

  # ---- tuples in lists ------------------------------------------------------------

  # Erlang's key functions compare with ==, and skip tuples too small for the position.
  defp key_at?(tuple, key, position) do
    is_tuple(tuple) and tuple_size(tuple) > position and elem(tuple, position) == key
  end

  def keyfind(list, key, position, default \\ nil) do
    :lists.keyfind(key, position + 1, list) || default
  end

  def keyfind!(list, key, position) do
    :lists.keyfind(key, position + 1, list) ||
      raise KeyError,
        key: key,
        term: list,
        message: "key #{inspect(key)} at position #{inspect(position)} not found in: #{inspect(list)}"
  end

  def keymember?(list, key, position) do
    :lists.keyfind(key, position + 1, list) != false
  end

  def keydelete(list, key, position) when is_integer(position) and position >= 0,
    do: keydelete_loop(list, key, position)

  defp keydelete_loop([h | t], key, position) do
    if key_at?(h, key, position), do: t, else: [h | keydelete_loop(t, key, position)]
  end

  defp keydelete_loop([], _key, _position), do: []

  def keyreplace(list, key, position, new_tuple)
      when is_integer(position) and position >= 0 and is_tuple(new_tuple),
      do: keyreplace_loop(list, key, position, new_tuple)

  defp keyreplace_loop([h | t], key, position, new) do
    if key_at?(h, key, position),
      do: [new | t],
      else: [h | keyreplace_loop(t, key, position, new)]
  end

  defp keyreplace_loop([], _key, _position, _new), do: []

  def keysort(list, position, sorter \\ :asc) when is_integer(position) and position >= 0 do
    Enum.sort_by(list, fn tuple -> elem(tuple, position) end, sorter)
  end

  def keystore(list, key, position, new_tuple)
      when is_integer(position) and position >= 0 and is_tuple(new_tuple),
      do: keystore_loop(list, key, position, new_tuple)

  defp keystore_loop([h | t], key, position, new) do
    if key_at?(h, key, position),
      do: [new | t],
      else: [h | keystore_loop(t, key, position, new)]
  end

  defp keystore_loop([], _key, _position, new), do: [new]

  def keytake(list, key, position) when is_integer(position) and position >= 0,
    do: keytake_loop(list, key, position, [])

  defp keytake_loop([h | t], key, position, acc) do
    if key_at?(h, key, position),
      do: {h, :lists.reverse(acc, t)},
      else: keytake_loop(t, key, position, [h | acc])
  end

  defp keytake_loop([], _key, _position, _acc), do: nil

  # ---- positions ---------------------------------------------------------------

  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    case index do
      -1 ->
        list ++ [value]

      _ when index < 0 ->
        case length(list) + index + 1 do
          index when index < 0 -> [value | list]
          index -> do_insert_at(list, index, value)
        end

      _ ->
        do_insert_at(list, index, value)
    end
  end

  defp do_insert_at([], _index, value), do: [value]
  defp do_insert_at(list, 0, value), do: [value | list]
  defp do_insert_at([h | t], index, value), do: [h | do_insert_at(t, index - 1, value)]

  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    if index < 0 do
      case length(list) + index do
        index when index < 0 -> list
        index -> do_replace_at(list, index, value)
      end
    else
      do_replace_at(list, index, value)
    end
  end

  defp do_replace_at([], _index, _value), do: []
  defp do_replace_at([_old | rest], 0, value), do: [value | rest]
  defp do_replace_at([h | t], index, value), do: [h | do_replace_at(t, index - 1, value)]

  def update_at(list, index, fun) when is_list(list) and is_function(fun) and is_integer(index) do
    if index < 0 do
      case length(list) + index do
        index when index < 0 -> list
        index -> do_update_at(list, index, fun)
      end
    else
      do_update_at(list, index, fun)
    end
  end

  defp do_update_at([value | list], 0, fun), do: [fun.(value) | list]
  defp do_update_at([h | t], index, fun), do: [h | do_update_at(t, index - 1, fun)]
  defp do_update_at([], _index, _fun), do: []

  def delete_at(list, index) when is_integer(index) do
    elem(pop_at(list, index), 1)
  end

  def pop_at(list, index, default \\ nil) when is_integer(index) do
    if index < 0 do
      do_pop_at(list, length(list) + index, default, [])
    else
      do_pop_at(list, index, default, [])
    end
  end

  defp do_pop_at([], _index, default, acc), do: {default, :lists.reverse(acc)}

  defp do_pop_at(list, index, default, []) when index < 0, do: {default, list}

  defp do_pop_at([h | t], 0, _default, acc), do: {h, :lists.reverse(acc, t)}
  defp do_pop_at([h | t], index, default, acc), do: do_pop_at(t, index - 1, default, [h | acc])

  # ---- predicates and conversions ----------------------------------------------

  def starts_with?(list, prefix)
  def starts_with?([head | tail], [head | prefix_tail]), do: starts_with?(tail, prefix_tail)
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?(list, [_ | _]) when is_list(list), do: false

  def improper?(list) when is_list(list) and length(list) >= 0, do: false
  def improper?(list) when is_list(list), do: true

  def ascii_printable?(list, limit \\ :infinity)
      when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    ascii_printable_guarded?(list, limit)
  end

  defp ascii_printable_guarded?(_, 0), do: true

  defp ascii_printable_guarded?([char | rest], counter)
       when is_integer(char) and char >= 32 and char <= 126,
       do: ascii_printable_guarded?(rest, decrement(counter))

  defp ascii_printable_guarded?([char | rest], counter)
       when char == ?\n or char == ?\r or char == ?\t or char == ?\v or char == ?\b or
              char == ?\f or char == ?\e or char == ?\d or char == ?\a,
       do: ascii_printable_guarded?(rest, decrement(counter))

  defp ascii_printable_guarded?([], _counter), do: true
  defp ascii_printable_guarded?(_, _counter), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(counter), do: counter - 1

  def wrap(list) when is_list(list), do: list
  def wrap(nil), do: []
  def wrap(other), do: [other]

  def zip([]), do: []
  def zip(list_of_lists) when is_list(list_of_lists), do: Enum.zip(list_of_lists)

  def to_tuple(list), do: :erlang.list_to_tuple(list)

  def to_string(list) when is_list(list), do: IO.chardata_to_string(list)

  def to_charlist(list) when is_list(list), do: :exc.str_to_charlist(IO.chardata_to_string(list))

  def to_atom(charlist), do: :erlang.list_to_atom(charlist)
  def to_existing_atom(charlist), do: :erlang.list_to_existing_atom(charlist)
  def to_integer(charlist), do: :erlang.list_to_integer(charlist)
  def to_integer(charlist, base), do: :erlang.list_to_integer(charlist, base)
  def to_float(charlist), do: :erlang.list_to_float(charlist)

  # ---- myers_difference/2: Myers' O(ND) edit script ------------------------------

  def myers_difference(list1, list2) when is_list(list1) and is_list(list2) do
    path = {0, list1, list2, []}
    find_script(0, length(list1) + length(list2), [path])
  end

  defp find_script(envelope, max, paths) do
    case each_diagonal(-envelope, envelope, paths, []) do
      {:done, edits} -> compact_reverse(edits, [])
      {:next, paths} -> find_script(envelope + 1, max, paths)
    end
  end

  defp compact_reverse([], acc), do: acc

  defp compact_reverse([{kind, elem} | rest], [{kind, result} | acc]),
    do: compact_reverse(rest, [{kind, [elem | result]} | acc])

  defp compact_reverse([{kind, elem} | rest], acc),
    do: compact_reverse(rest, [{kind, [elem]} | acc])

  defp each_diagonal(diag, limit, _paths, next_paths) when diag > limit,
    do: {:next, :lists.reverse(next_paths)}

  defp each_diagonal(diag, limit, paths, next_paths) do
    {path, rest} = proceed_path(diag, limit, paths)

    case follow_snake(path) do
      {:cont, path} -> each_diagonal(diag + 2, limit, rest, [path | next_paths])
      {:done, edits} -> {:done, edits}
    end
  end

  defp proceed_path(0, 0, [path]), do: {path, []}

  defp proceed_path(diag, limit, [path | _] = paths) when diag == -limit,
    do: {move_down(path), paths}

  defp proceed_path(diag, limit, [path]) when diag == limit, do: {move_right(path), []}

  defp proceed_path(_diag, _limit, [path1, path2 | rest]) do
    if elem(path1, 0) > elem(path2, 0) do
      {move_right(path1), [path2 | rest]}
    else
      {move_down(path2), [path2 | rest]}
    end
  end

  defp move_right({y, list1, [elem | rest], edits}), do: {y, list1, rest, [{:ins, elem} | edits]}
  defp move_right({y, list1, [], edits}), do: {y, list1, [], edits}

  defp move_down({y, [elem | rest], list2, edits}), do: {y + 1, rest, list2, [{:del, elem} | edits]}
  defp move_down({y, [], list2, edits}), do: {y + 1, [], list2, edits}

  defp follow_snake({y, [elem1 | rest1], [elem2 | rest2], edits}) when elem1 === elem2,
    do: follow_snake({y + 1, rest1, rest2, [{:eq, elem1} | edits]})

  defp follow_snake({_y, [], [], edits}), do: {:done, edits}
  defp follow_snake(path), do: {:cont, path}
end
