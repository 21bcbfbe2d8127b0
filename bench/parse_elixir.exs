# Elixir's side of bench/parse.sh: total seconds real Elixir spends in
# Code.string_to_quoted parsing every FILE N times, inside one VM, after one
# warm-up pass. Sources are read before timing, as exc's --bench does not time I/O.
# emit_warnings: false keeps Elixir from printing (and timing) parser warnings, which
# `exc parse --bench` does not print; otherwise it is Code.string_to_quoted/1.
#   elixir bench/parse_elixir.exs N FILE...

[n | files] = System.argv()
n = String.to_integer(n)
sources = Enum.map(files, &File.read!/1)

parse_all = fn ->
  Enum.each(sources, fn s -> {:ok, _} = Code.string_to_quoted(s, emit_warnings: false) end)
end

parse_all.()

{usec, :ok} = :timer.tc(fn -> Enum.each(1..n, fn _ -> parse_all.() end) end)
IO.puts(usec / 1_000_000)
