# Extracts every ```elixir block of the book (seeds/book/ch_*.livemd) into
# tests/parse/book/<chapter>_<n>.exs, e.g. ch_2.3_04.exs for the 4th block of
# chapter 2.3. Deterministic and rerunnable: the old .exs/.out/.err files of
# tests/parse/book are removed first. Expectations are written by parse_ref.exs.
#
#   elixir scripts/extract_book.exs [BOOK_DIR [OUT_DIR]]
#
# BOOK_DIR defaults to $EXC_BOOK_DIR, then /work/shared/seeds/book.

defmodule ExtractBook do
  # Blocks of one livemd file as lists of lines; a fence indented inside a list
  # item has that indentation removed from its lines (CommonMark).
  def blocks(text) do
    text
    |> String.split("\n")
    |> collect(nil, [], [])
  end

  defp collect([], _open, _acc, blocks), do: Enum.reverse(blocks)

  defp collect([line | rest], nil, _acc, blocks) do
    case Regex.run(~r/^( *)```elixir\s*$/, line) do
      [_, indent] -> collect(rest, byte_size(indent), [], blocks)
      nil -> collect(rest, nil, [], blocks)
    end
  end

  defp collect([line | rest], indent, acc, blocks) do
    if Regex.match?(~r/^ *```\s*$/, line) do
      collect(rest, nil, [], [Enum.reverse(acc) | blocks])
    else
      collect(rest, indent, [dedent(line, indent) | acc], blocks)
    end
  end

  defp dedent(line, 0), do: line

  defp dedent(line, n) do
    case line do
      " " <> rest -> dedent(rest, n - 1)
      _ -> line
    end
  end

  # "ch_2.3_process_linking.livemd" -> "ch_2.3"
  def chapter(path) do
    [_, id] = Regex.run(~r/^(ch_[0-9.]+?)_/, Path.basename(path))
    id
  end

  def run(book_dir, out_dir) do
    File.mkdir_p!(out_dir)

    for ext <- ~w(exs out err),
        f <- Path.wildcard(Path.join(out_dir, "*." <> ext)),
        do: File.rm!(f)

    files = Path.wildcard(Path.join(book_dir, "ch_*.livemd")) |> Enum.sort()

    counts =
      for file <- files do
        blocks = blocks(File.read!(file))

        blocks
        |> Enum.with_index(1)
        |> Enum.each(fn {lines, n} ->
          name = "#{chapter(file)}_#{String.pad_leading(Integer.to_string(n), 2, "0")}.exs"
          File.write!(Path.join(out_dir, name), Enum.map(lines, &[&1, "\n"]))
        end)

        length(blocks)
      end

    IO.puts("extracted #{Enum.sum(counts)} blocks from #{length(files)} chapters into #{out_dir}")
  end
end

root = Path.expand("..", __DIR__)

{book, out} =
  case System.argv() do
    [] -> {System.get_env("EXC_BOOK_DIR", "/work/shared/seeds/book"), nil}
    [b] -> {b, nil}
    [b, o] -> {b, o}
  end

ExtractBook.run(book, out || Path.join(root, "tests/parse/book"))
