# String (Elixir 1.14), the parts that are not Unicode tables: splitting, trimming,
# replacing, padding and slicing are written here on top of a few natives —
# grapheme segmentation, case mapping and length (utf8proc), :binary.match for
# substring search (see stdlib/NATIVES.md). Grapheme-indexed functions (at, slice,
# split_at, pad_*) work on the list of graphemes. Regex patterns are not supported.
defmodule String do
  import Kernel, except: [length: 1]

  # ---- natives with Elixir's guards -------------------------------------------------

  def length(string) when is_binary(string), do: :exc.str_length(string)
  def graphemes(string) when is_binary(string), do: :exc.str_graphemes(string)

  def upcase(string, mode \\ :default)
  def upcase(string, :default) when is_binary(string), do: :exc.str_upcase(string)
  def upcase(string, :ascii) when is_binary(string), do: ascii_case(string, ?a, ?z, -32, [])
  def upcase(string, :greek) when is_binary(string), do: :exc.str_upcase(string)

  def upcase(string, :turkic) when is_binary(string),
    do: :exc.str_upcase(replace(string, "i", "İ"))

  def downcase(string, mode \\ :default)
  def downcase(string, :default) when is_binary(string), do: :exc.str_downcase(string)
  def downcase(string, :ascii) when is_binary(string), do: ascii_case(string, ?A, ?Z, 32, [])
  def downcase(string, :greek) when is_binary(string), do: :exc.str_downcase(string)

  def downcase(string, :turkic) when is_binary(string),
    do: string |> replace("I", "ı") |> replace("İ", "i") |> :exc.str_downcase()

  defp ascii_case(<<c, rest::binary>>, from, to, delta, acc) when c >= from and c <= to,
    do: ascii_case(rest, from, to, delta, [acc | <<c + delta>>])

  defp ascii_case(<<c, rest::binary>>, from, to, delta, acc),
    do: ascii_case(rest, from, to, delta, [acc | <<c>>])

  defp ascii_case(<<>>, _from, _to, _delta, acc), do: IO.iodata_to_binary(acc)

  def capitalize(string, mode \\ :default)

  def capitalize(string, :ascii) when is_binary(string) do
    case string do
      <<c, rest::binary>> when c >= ?a and c <= ?z -> <<c - 32>> <> downcase(rest, :ascii)
      <<c, rest::binary>> -> <<c>> <> downcase(rest, :ascii)
      "" -> ""
    end
  end

  def capitalize(string, mode) when is_binary(string) and is_atom(mode),
    do: :exc.str_capitalize(string)

  # ---- codepoints and validity ----------------------------------------------------

  def codepoints(string) when is_binary(string), do: codepoints_loop(string)

  defp codepoints_loop(<<c::utf8, rest::binary>>), do: [<<c::utf8>> | codepoints_loop(rest)]
  defp codepoints_loop(<<byte, rest::binary>>), do: [<<byte>> | codepoints_loop(rest)]
  defp codepoints_loop(<<>>), do: []

  def next_codepoint(<<c::utf8, rest::binary>>), do: {<<c::utf8>>, rest}
  def next_codepoint(<<byte, rest::binary>>), do: {<<byte>>, rest}
  def next_codepoint(<<>>), do: nil

  def next_grapheme(string) when is_binary(string) do
    case graphemes(string) do
      [] -> nil
      [g | _] -> {g, binary_part(string, byte_size(g), byte_size(string) - byte_size(g))}
    end
  end

  def valid?(string) when is_binary(string), do: valid_utf8?(string)

  defp valid_utf8?(<<_::utf8, rest::binary>>), do: valid_utf8?(rest)
  defp valid_utf8?(<<>>), do: true
  defp valid_utf8?(_), do: false

  def printable?(string, limit \\ :infinity)

  def printable?(string, 0) when is_binary(string), do: true
  def printable?(<<>>, _limit), do: true

  def printable?(<<c::utf8, rest::binary>>, limit) do
    if printable_char?(c), do: printable?(rest, decrement(limit)), else: false
  end

  def printable?(string, _limit) when is_binary(string), do: false

  defp printable_char?(c) do
    (c >= 0x20 and c <= 0x7E) or c == ?\n or c == ?\r or c == ?\t or c == ?\v or c == ?\b or
      c == ?\f or c == ?\e or c == ?\d or c == ?\a or (c >= 0xA0 and c <= 0xD7FF) or
      (c >= 0xE000 and c <= 0xFFFD) or (c >= 0x10000 and c <= 0x10FFFF)
  end

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  # ---- whitespace -------------------------------------------------------------------

  # Unicode White_Space: what trim/1 removes.
  defp space?(c) do
    (c >= 0x09 and c <= 0x0D) or c == 0x20 or c == 0x85 or c == 0xA0 or c == 0x1680 or
      (c >= 0x2000 and c <= 0x200A) or c == 0x2028 or c == 0x2029 or c == 0x202F or
      c == 0x205F or c == 0x3000
  end

  # What split/1 splits on: White_Space without the non-breaking spaces.
  defp break_space?(c), do: space?(c) and c != 0xA0 and c != 0x2007 and c != 0x202F

  defp utf8_size(c) when c < 0x80, do: 1
  defp utf8_size(c) when c < 0x800, do: 2
  defp utf8_size(c) when c < 0x10000, do: 3
  defp utf8_size(_c), do: 4

  def split(string) when is_binary(string), do: split_ws(string, string, 0, 0, [])

  # Scans from byte `pos`; the current word started at byte `start`.
  defp split_ws(<<c::utf8, rest::binary>>, string, pos, start, acc) do
    size = utf8_size(c)

    if break_space?(c) do
      split_ws(rest, string, pos + size, pos + size, add_word(string, start, pos, acc))
    else
      split_ws(rest, string, pos + size, start, acc)
    end
  end

  defp split_ws(<<_, rest::binary>>, string, pos, start, acc),
    do: split_ws(rest, string, pos + 1, start, acc)

  defp split_ws(<<>>, string, pos, start, acc),
    do: :lists.reverse(add_word(string, start, pos, acc))

  defp add_word(_string, start, start, acc), do: acc
  defp add_word(string, start, pos, acc), do: [binary_part(string, start, pos - start) | acc]

  def trim(string) when is_binary(string), do: string |> trim_leading() |> trim_trailing()

  def trim_leading(string) when is_binary(string), do: skip_spaces(string)

  defp skip_spaces(<<c::utf8, rest::binary>> = string) do
    if space?(c), do: skip_spaces(rest), else: string
  end

  defp skip_spaces(string), do: string

  def trim_trailing(string) when is_binary(string) do
    binary_part(string, 0, last_non_space(string, 0, 0))
  end

  # Byte offset just past the last character that is not white space.
  defp last_non_space(<<c::utf8, rest::binary>>, pos, keep) do
    size = utf8_size(c)
    if space?(c), do: last_non_space(rest, pos + size, keep), else: last_non_space(rest, pos + size, pos + size)
  end

  defp last_non_space(<<_, rest::binary>>, pos, _keep), do: last_non_space(rest, pos + 1, pos + 1)
  defp last_non_space(<<>>, _pos, keep), do: keep

  def trim(string, to_trim) when is_binary(string) and is_binary(to_trim),
    do: string |> trim_leading(to_trim) |> trim_trailing(to_trim)

  def trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim),
    do: replace_leading(string, to_trim, "")

  def trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim),
    do: replace_trailing(string, to_trim, "")

  # ---- searching ----------------------------------------------------------------------

  def contains?(string, []) when is_binary(string), do: false

  def contains?(string, contents) when is_binary(string) and is_list(contents),
    do: Enum.member?(contents, "") or :binary.match(string, contents) != :nomatch

  def contains?(string, contents) when is_binary(string),
    do: "" == contents or :binary.match(string, contents) != :nomatch

  def starts_with?(string, []) when is_binary(string), do: false

  def starts_with?(string, prefix) when is_binary(string) and is_list(prefix) do
    Enum.any?(prefix, fn prefix when is_binary(prefix) -> starts_with_string?(string, prefix) end)
  end

  def starts_with?(string, prefix) when is_binary(string), do: starts_with_string?(string, prefix)

  defp starts_with_string?(string, prefix) when is_binary(prefix) do
    size = byte_size(prefix)
    size <= byte_size(string) and prefix == binary_part(string, 0, size)
  end

  def ends_with?(string, []) when is_binary(string), do: false

  def ends_with?(string, suffix) when is_binary(string) and is_list(suffix) do
    Enum.any?(suffix, fn suffix when is_binary(suffix) -> ends_with_string?(string, suffix) end)
  end

  def ends_with?(string, suffix) when is_binary(string), do: ends_with_string?(string, suffix)

  defp ends_with_string?(string, suffix) when is_binary(suffix) do
    size = byte_size(suffix)
    total = byte_size(string)
    size <= total and suffix == binary_part(string, total - size, size)
  end

  # [before, after] around the first match, or [string] (:binary.split/2).
  defp split_once(string, pattern) do
    case :binary.match(string, pattern) do
      {pos, len} ->
        after_pos = pos + len
        [binary_part(string, 0, pos), binary_part(string, after_pos, byte_size(string) - after_pos)]

      :nomatch ->
        [string]
    end
  end

  # ---- split/2,3 ------------------------------------------------------------------

  def split(string, pattern, options \\ [])

  def split(string, [], options) when is_binary(string) and is_list(options) do
    if string == "" and Keyword.get(options, :trim, false), do: [], else: [string]
  end

  def split(string, "", options) when is_binary(string) and is_list(options) do
    index = parts_to_index(Keyword.get(options, :parts, :infinity))
    trim = Keyword.get(options, :trim, false)

    if trim == false and index != 1 do
      ["" | split_empty(graphemes(string), trim, index - 1)]
    else
      split_empty(graphemes(string), trim, index)
    end
  end

  def split(string, pattern, options) when is_binary(string) and is_list(options) do
    index = parts_to_index(Keyword.get(options, :parts, :infinity))
    trim = Keyword.get(options, :trim, false)
    split_each(string, pattern, trim, index)
  end

  defp parts_to_index(:infinity), do: 0
  defp parts_to_index(n) when is_integer(n) and n > 0, do: n

  defp split_empty([], true, 1), do: []
  defp split_empty(graphemes, _trim, 1), do: [IO.iodata_to_binary(graphemes)]
  defp split_empty([g], trim, _count), do: [g | split_empty([], trim, 1)]
  defp split_empty([g | rest], trim, count), do: [g | split_empty(rest, trim, count - 1)]
  defp split_empty([], trim, _count), do: split_empty([], trim, 1)

  defp split_each("", _pattern, true, 1), do: []
  defp split_each(string, _pattern, _trim, 1) when is_binary(string), do: [string]

  defp split_each(string, pattern, trim, count) do
    case splitter(string, pattern, trim) do
      {h, t} -> [h | split_each(t, pattern, trim, count - 1)]
      nil -> []
    end
  end

  defp splitter(:nomatch, _pattern, _), do: nil
  defp splitter("", _pattern, false), do: {"", :nomatch}
  defp splitter("", _pattern, true), do: nil

  defp splitter(bin, pattern, false) do
    case split_once(bin, pattern) do
      [first, second] -> {first, second}
      [first] -> {first, :nomatch}
    end
  end

  defp splitter(bin, pattern, true) do
    case split_once(bin, pattern) do
      ["", second] -> splitter(second, pattern, true)
      [first, second] -> {first, second}
      [first] -> {first, :nomatch}
    end
  end

  def split_at(string, position)
      when is_binary(string) and is_integer(position) and position >= 0 do
    {before, rest} = Enum.split(graphemes(string), position)
    {IO.iodata_to_binary(before), IO.iodata_to_binary(rest)}
  end

  def split_at(string, position) when is_binary(string) and is_integer(position) do
    position = length(string) + position

    case position >= 0 do
      true -> split_at(string, position)
      false -> {"", string}
    end
  end

  # ---- replacing ----------------------------------------------------------------------

  def replace(subject, pattern, replacement, options \\ [])
      when is_binary(subject) and (is_binary(replacement) or is_function(replacement, 1)) and
             is_list(options) do
    global = Keyword.get(options, :global, true)

    cond do
      pattern == "" and replacement == "" -> subject
      pattern == "" -> replace_empty(subject, replacement, global)
      true -> subject |> replace_matches(pattern, replacement, global, []) |> IO.iodata_to_binary()
    end
  end

  defp replace_empty(subject, replacement, global) do
    insert = if is_binary(replacement), do: replacement, else: replacement.("")

    if global do
      subject
      |> graphemes()
      |> Enum.reduce([insert], fn g, acc ->
        [acc, g | if(is_binary(replacement), do: replacement, else: replacement.(""))]
      end)
      |> IO.iodata_to_binary()
    else
      insert <> subject
    end
  end

  defp replace_matches(subject, pattern, replacement, global, acc) do
    case :binary.match(subject, pattern) do
      :nomatch ->
        [acc | subject]

      {pos, len} ->
        matched = binary_part(subject, pos, len)
        new = if is_binary(replacement), do: replacement, else: replacement.(matched)
        after_pos = pos + len
        rest = binary_part(subject, after_pos, byte_size(subject) - after_pos)
        acc = [acc, binary_part(subject, 0, pos) | new]
        if global, do: replace_matches(rest, pattern, replacement, global, acc), else: [acc | rest]
    end
  end

  def replace_leading(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    {count, rest} = count_prefixes(string, match, 0)
    IO.iodata_to_binary([List.duplicate(replacement, count), rest])
  end

  defp count_prefixes(string, match, count) do
    if starts_with_string?(string, match) do
      size = byte_size(match)
      count_prefixes(binary_part(string, size, byte_size(string) - size), match, count + 1)
    else
      {count, string}
    end
  end

  def replace_trailing(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "" do
      raise ArgumentError, "cannot use an empty string as the match to replace"
    end

    {count, rest} = count_suffixes(string, match, 0)
    IO.iodata_to_binary([rest, List.duplicate(replacement, count)])
  end

  defp count_suffixes(string, match, count) do
    if ends_with_string?(string, match) do
      count_suffixes(binary_part(string, 0, byte_size(string) - byte_size(match)), match, count + 1)
    else
      {count, string}
    end
  end

  def replace_prefix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if starts_with_string?(string, match) do
      size = byte_size(match)
      replacement <> binary_part(string, size, byte_size(string) - size)
    else
      string
    end
  end

  def replace_suffix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if ends_with_string?(string, match) do
      binary_part(string, 0, byte_size(string) - byte_size(match)) <> replacement
    else
      string
    end
  end

  # ---- graphemes by position ------------------------------------------------------

  def at(string, position) when is_binary(string) and is_integer(position) do
    Enum.at(graphemes(string), position)
  end

  def first(string) when is_binary(string) do
    case graphemes(string) do
      [] -> nil
      [g | _] -> g
    end
  end

  def last(string) when is_binary(string), do: List.last(graphemes(string))

  def slice(string, %{__struct__: Range, first: first, last: last, step: step} = range)
      when is_binary(string) do
    cond do
      step > 0 ->
        string |> graphemes() |> Enum.slice(range) |> IO.iodata_to_binary()

      # Elixir warns on stderr here and slices with step 1 (legacy `3..1` ranges).
      step == -1 and first > last ->
        string |> graphemes() |> Enum.slice(Range.new(first, last, 1)) |> IO.iodata_to_binary()

      true ->
        raise ArgumentError,
              "String.slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
    end
  end

  def slice(_string, _start, 0), do: ""

  def slice(string, start, length)
      when is_binary(string) and is_integer(start) and is_integer(length) and start >= 0 and
             length >= 0 do
    string |> graphemes() |> Enum.drop(start) |> Enum.take(length) |> IO.iodata_to_binary()
  end

  def slice(string, start, length)
      when is_binary(string) and is_integer(start) and is_integer(length) and start < 0 and
             length >= 0 do
    start = max(length(string) + start, 0)
    slice(string, start, length)
  end

  def reverse(string) when is_binary(string) do
    string |> graphemes() |> Enum.reverse() |> IO.iodata_to_binary()
  end

  def pad_leading(string, count, padding \\ [" "])

  def pad_leading(string, count, padding) when is_binary(padding),
    do: pad_leading(string, count, graphemes(padding))

  def pad_leading(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0,
      do: pad(:leading, string, count, padding)

  def pad_trailing(string, count, padding \\ [" "])

  def pad_trailing(string, count, padding) when is_binary(padding),
    do: pad_trailing(string, count, graphemes(padding))

  def pad_trailing(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0,
      do: pad(:trailing, string, count, padding)

  defp pad(kind, string, count, padding) do
    string_length = length(string)

    if string_length >= count do
      string
    else
      filler = build_filler(count - string_length, padding, padding, [])

      case kind do
        :leading -> IO.iodata_to_binary([filler | string])
        :trailing -> IO.iodata_to_binary([string | filler])
      end
    end
  end

  defp build_filler(0, _source, _padding, filler), do: filler
  defp build_filler(count, source, [], filler), do: build_filler(count, source, source, filler)

  defp build_filler(count, source, [elem | rest], filler),
    do: build_filler(count - 1, source, rest, [filler | elem])

  # ---- building and converting ----------------------------------------------------

  def duplicate(subject, n), do: :binary.copy(subject, n)

  # No guards: a non-binary gets the BIF's ArgumentError, as in Elixir.
  def to_integer(string), do: :erlang.binary_to_integer(string)
  def to_integer(string, base), do: :erlang.binary_to_integer(string, base)
  def to_float(string), do: :erlang.binary_to_float(string)
  def to_atom(string), do: :erlang.binary_to_atom(string)
  def to_existing_atom(string), do: :erlang.binary_to_existing_atom(string)

  def to_charlist(string) when is_binary(string), do: :exc.str_to_charlist(string)

  # ---- deprecated in 1.14 but still callable ----------------------------------------

  def ljust(subject, len), do: pad_trailing(subject, len)
  def ljust(subject, len, pad) when is_integer(pad), do: pad_trailing(subject, len, <<pad::utf8>>)
  def rjust(subject, len), do: pad_leading(subject, len)
  def rjust(subject, len, pad) when is_integer(pad), do: pad_leading(subject, len, <<pad::utf8>>)
  def lstrip(string), do: trim_leading(string)
  def lstrip(string, char) when is_integer(char), do: replace_leading(string, <<char::utf8>>, "")
  def rstrip(string), do: trim_trailing(string)
  def rstrip(string, char) when is_integer(char), do: replace_trailing(string, <<char::utf8>>, "")
  def strip(string), do: trim(string)
  def strip(string, char), do: trim(string, <<char::utf8>>)
  def to_char_list(string) when is_binary(string), do: :exc.str_to_charlist(string)

  def valid_character?(<<_::utf8>> = codepoint), do: valid?(codepoint)
  def valid_character?(_), do: false

  def next_grapheme_size(string) when is_binary(string) do
    case next_grapheme(string) do
      {g, rest} -> {byte_size(g), rest}
      nil -> nil
    end
  end

  # ---- distances ------------------------------------------------------------------

  def myers_difference(string1, string2) when is_binary(string1) and is_binary(string2) do
    graphemes(string1)
    |> List.myers_difference(graphemes(string2))
    |> Enum.map(fn {kind, chars} -> {kind, IO.iodata_to_binary(chars)} end)
  end

  def bag_distance(_string, ""), do: 0.0
  def bag_distance("", _string), do: 0.0

  def bag_distance(string1, string2) when is_binary(string1) and is_binary(string2) do
    {bag1, length1} = string_to_bag(graphemes(string1), %{}, 0)
    {bag2, length2} = string_to_bag(graphemes(string2), %{}, 0)
    diff1 = bag_difference(bag1, bag2)
    diff2 = bag_difference(bag2, bag1)
    1 - max(diff1, diff2) / max(length1, length2)
  end

  defp string_to_bag([g | rest], bag, length), do: string_to_bag(rest, bag_store(bag, g), length + 1)
  defp string_to_bag([], bag, length), do: {bag, length}

  defp bag_store(bag, g) do
    case bag do
      %{^g => current} -> %{bag | g => current + 1}
      %{} -> :maps.put(g, 1, bag)
    end
  end

  defp bag_difference(bag1, bag2) do
    Enum.reduce(bag1, 0, fn {char, count1}, sum ->
      case bag2 do
        %{^char => count2} -> sum + max(count1 - count2, 0)
        %{} -> sum + count1
      end
    end)
  end

  # Elixir 1.14's algorithm (changed in 1.17), kept so scores are identical.
  def jaro_distance(string1, string2)
  def jaro_distance(string, string), do: 1.0
  def jaro_distance(_string, ""), do: 0.0
  def jaro_distance("", _string), do: 0.0

  def jaro_distance(string1, string2) do
    chars1 = graphemes(string1)
    chars2 = graphemes(string2)
    len1 = Kernel.length(chars1)
    len2 = Kernel.length(chars2)

    case jaro_match(chars1, len1, chars2, len2) do
      {0, _trans} -> 0.0
      {comm, trans} -> (comm / len1 + comm / len2 + (comm - trans) / comm) / 3
    end
  end

  defp jaro_match(chars1, len1, chars2, len2) do
    if len1 < len2 do
      jaro_match(chars1, chars2, div(len2, 2) - 1)
    else
      jaro_match(chars2, chars1, div(len1, 2) - 1)
    end
  end

  defp jaro_match(chars1, chars2, lim), do: jaro_match(chars1, chars2, {0, lim}, {0, 0, -1}, 0)

  defp jaro_match([char | rest], chars, range, state, idx) do
    {chars, state} = jaro_submatch(char, chars, range, state, idx)

    case range do
      {lim, lim} -> jaro_match(rest, tl(chars), range, state, idx + 1)
      {pre, lim} -> jaro_match(rest, chars, {pre + 1, lim}, state, idx + 1)
    end
  end

  defp jaro_match([], _, _, {comm, trans, _}, _), do: {comm, trans}

  defp jaro_submatch(char, chars, {pre, _} = range, state, idx) do
    case jaro_detect(char, chars, range) do
      nil -> {chars, state}
      {subidx, chars} -> {chars, jaro_proceed(state, idx - pre + subidx)}
    end
  end

  defp jaro_detect(char, chars, {pre, lim}), do: jaro_detect(char, chars, pre + 1 + lim, 0, [])

  defp jaro_detect(_char, _chars, 0, _idx, _acc), do: nil
  defp jaro_detect(_char, [], _lim, _idx, _acc), do: nil

  defp jaro_detect(char, [char | rest], _lim, idx, acc),
    do: {idx, Enum.reverse(acc, [nil | rest])}

  defp jaro_detect(char, [other | rest], lim, idx, acc),
    do: jaro_detect(char, rest, lim - 1, idx + 1, [other | acc])

  defp jaro_proceed({comm, trans, former}, current) do
    if current < former do
      {comm + 1, trans + 1, current}
    else
      {comm + 1, trans, current}
    end
  end
end
