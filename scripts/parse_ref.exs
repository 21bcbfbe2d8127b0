# Reference printer for `exc parse`: what real Elixir 1.14 makes of each file.
#
#   elixir scripts/parse_ref.exs FILE...          print the expected result of each file
#   elixir scripts/parse_ref.exs --write FILE...  write FILE's expectation beside it
#
# Accepted input: the AST of `Code.string_to_quoted/2` (warnings off: they go to
# stderr and do not change the AST) with every metadata list
# replaced by [] (any 3-tuple whose middle element is a list), printed by
# `inspect(ast, limit: :infinity, printable_limit: :infinity)` plus a newline. With
# --write this goes to `<base>.out`.
# Rejected input: `line:column: message` from `Code.string_to_quoted/2`. With --write,
# `<base>.err` holds "line:column", then "column: exact" (or "column: any" when the
# source contains the marker comment `# parse-test: any-column`), then "message: ...".
# Stale expectations of the other kind are removed. One VM handles all files.

defmodule ParseRef do
  @any_column "# parse-test: any-column"

  # The source's result: {:ok, printed_ast} or {:error, line, column, message}.
  def run(source) do
    case Code.string_to_quoted(source, emit_warnings: false) do
      {:ok, ast} ->
        {:ok, inspect(strip(ast), limit: :infinity, printable_limit: :infinity) <> "\n"}

      {:error, {location, message, token}} ->
        {line, col} = location(location, source)
        {:error, line, col, message(message, token)}
    end
  end

  # Elixir 1.14 reports [line: l, column: c] by default; ask for columns explicitly
  # should a location ever come without one.
  defp location(loc, source) do
    case loc do
      [line: line, column: col] when is_integer(col) ->
        {line, col}

      _ ->
        {:error, {kw, _, _}} = Code.string_to_quoted(source, columns: true, emit_warnings: false)
        {kw[:line], kw[:column]}
    end
  end

  # Metadata is the list in the middle of an AST node; literals are untouched.
  def strip({a, meta, b}) when is_list(meta), do: {strip(a), [], strip(b)}
  def strip({a, b}), do: {strip(a), strip(b)}
  def strip([h | t]), do: [strip(h) | strip(t)]
  def strip(other), do: other

  # Elixir's own way of joining the parts (see Code.string_to_quoted!/2).
  defp message({prefix, suffix}, token), do: prefix <> token <> suffix
  defp message(prefix, token), do: prefix <> token

  def print(file) do
    case run(File.read!(file)) do
      {:ok, text} -> IO.write(text)
      {:error, line, col, msg} -> IO.write("#{line}:#{col}: #{msg}\n")
    end
  end

  def write(file) do
    source = File.read!(file)
    base = Path.rootname(file)

    case run(source) do
      {:ok, text} ->
        File.write!(base <> ".out", text)
        File.rm(base <> ".err")

      {:error, line, col, msg} ->
        column = if String.contains?(source, @any_column), do: "any", else: "exact"
        File.write!(base <> ".err", "#{line}:#{col}\ncolumn: #{column}\nmessage: #{msg}\n")
        File.rm(base <> ".out")
    end
  end
end

# A source string_to_quoted raises on (invalid UTF-8) has no expectation to record:
# it is reported, the other files are still handled, and the exit status is 1.
each = fn files, fun ->
  failed =
    Enum.reject(files, fn file ->
      try do
        fun.(file)
        true
      rescue
        e -> IO.puts(:stderr, "parse_ref: #{file}: #{Exception.message(e)}") && false
      end
    end)

  if failed != [], do: System.halt(1)
end

case System.argv() do
  ["--write" | files] -> each.(files, &ParseRef.write/1)
  [] -> IO.puts(:stderr, "usage: parse_ref.exs [--write] FILE...") && System.halt(2)
  files -> each.(files, &ParseRef.print/1)
end
