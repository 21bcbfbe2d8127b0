# Regenerates tests/kernel/kernel_ref.h: what real Elixir 1.14 returns, raises and
# prints for the Kernel built-ins, exceptions and calls that the runtime implements
# in C (runtime/src/kernel, runtime/src/error, runtime/src/call).
#
#     elixir tests/kernel/gen.exs > tests/kernel/kernel_ref.h
#
# Each case is {op, args}: the C test (tests/runtime/test_kernel_ref.c) rebuilds the
# arguments from their external term format, runs the C function named by `op` and
# compares its outcome with the text recorded here:
#   "value <inspect(result)>"                          a normal return
#   "error <inspect(raw)>\n<Module>\n<message>"       a raise (raw term as `catch`
#                                                      sees it, then Exception.message)
#   "out <bytes written>\nvalue <inspect(result)>"    IO operations
# Scenario ops (main, crash, exit_from, exit_status) run `elixir -e` in a subprocess
# and record what it printed on stderr/stdout and its exit status.

defmodule KFoo do
  # Mirrored in C by the test (registered as module KFoo).
  def bar(x), do: {:bar, x}
  def two(a, b), do: [a, b]
  def seven(a, b, c, d, e, f, g), do: [g, f, e, d, c, b, a]
  def exception(opts), do: %RuntimeError{message: "KFoo.exception: " <> inspect(opts)}
end

defmodule KArith do
  # `/` inside a defmodule: BEAM raises without the operator's frame.
  def fdiv(a, b), do: a / b
end

defmodule Gen do
  def cstr(s) do
    body =
      for <<b <- s>>, into: "" do
        cond do
          b == ?" -> "\\\""
          b == ?\\ -> "\\\\"
          b >= 32 and b < 127 and b != ?? -> <<b>>
          true -> "\\" <> String.pad_leading(Integer.to_string(b, 8), 3, "0")
        end
      end

    "\"" <> body <> "\""
  end

  def hex(term), do: Base.encode16(:erlang.term_to_binary(term), case: :lower)

  def outcome(f) do
    try do
      "value " <> inspect(f.())
    catch
      kind, raw ->
        e = Exception.normalize(kind, raw, __STACKTRACE__)
        "error #{inspect(raw)}\n#{inspect(e.__struct__)}\n#{Exception.message(e)}"
    end
  end

  # The message the elixir CLI shows (after Exception.blame/3).
  def blamed(f) do
    try do
      "value " <> inspect(f.())
    rescue
      e ->
        {b, _} = Exception.blame(:error, e, __STACKTRACE__)
        "blamed " <> Exception.message(b)
    end
  end

  def capture_io(f) do
    me = self()
    {:ok, dev} = StringIO.open("")
    old = Process.group_leader()
    Process.group_leader(me, dev)
    res = outcome(f)
    Process.group_leader(me, old)
    {:ok, {_, out}} = StringIO.close(dev)
    "out " <> out <> "\n" <> res
  end

  def emit(op, args, expect) do
    IO.puts("    {#{cstr(op)}, #{cstr(hex(args))}, #{cstr(expect)}},")
  end

  # Logger timestamps and pids change from run to run (the C test normalises both).
  def stable(text) do
    text
    |> String.replace(~r/\d\d:\d\d:\d\d\.\d\d\d/, "HH:MM:SS.mmm")
    |> String.replace(~r/#PID<[0-9.]+>/, "#PID<X>")
  end

  def sh(code, stream) do
    redirect = if stream == :stderr, do: "2>&1 >/dev/null", else: "2>/dev/null"
    quoted = "'" <> String.replace(code, "'", "'\\''") <> "'"
    System.cmd("sh", ["-c", "elixir -e #{quoted} #{redirect}"])
  end
end

fun_ops = %{
  "add" => &Kernel.+/2, "sub" => &Kernel.-/2, "mul" => &Kernel.*/2, "fdiv" => &Kernel.//2,
  "div" => &Kernel.div/2, "rem" => &Kernel.rem/2, "neg" => &Kernel.-/1, "pos" => &Kernel.+/1,
  "abs" => &Kernel.abs/1, "round" => &Kernel.round/1, "trunc" => &Kernel.trunc/1,
  "max" => &Kernel.max/2, "min" => &Kernel.min/2,
  "eq" => &Kernel.==/2, "ne" => &Kernel.!=/2, "seq" => &Kernel.===/2, "sne" => &Kernel.!==/2,
  "lt" => &Kernel.</2, "gt" => &Kernel.>/2, "le" => &Kernel.<=/2, "ge" => &Kernel.>=/2,
  "is_atom" => &is_atom/1, "is_binary" => &is_binary/1, "is_bitstring" => &is_bitstring/1,
  "is_boolean" => &is_boolean/1, "is_float" => &is_float/1, "is_function" => &is_function/1,
  "is_integer" => &is_integer/1, "is_list" => &is_list/1, "is_map" => &is_map/1,
  "is_nil" => &is_nil/1, "is_number" => &is_number/1, "is_pid" => &is_pid/1,
  "is_reference" => &is_reference/1, "is_tuple" => &is_tuple/1,
  "is_function2" => &is_function/2, "is_struct" => &is_struct/1, "is_struct2" => &is_struct/2,
  "is_exception" => &is_exception/1,
  "elem" => &elem/2, "put_elem" => &put_elem/3, "tuple_size" => &tuple_size/1,
  "hd" => &hd/1, "tl" => &tl/1, "length" => &length/1, "map_size" => &map_size/1,
  "byte_size" => &byte_size/1, "bit_size" => &bit_size/1,
  "to_string" => &to_string/1, "concat" => fn a, b -> a <> b end,
  "concat3" => fn a, b, c -> a <> b <> c end, "interpolate" => fn a, b -> "#{a}-#{b}" end,
  "inspect" => &inspect/2, "chardata" => &IO.chardata_to_string/1,
  "raise_value" => fn v -> raise v end, "raise_module" => fn m, o -> raise m, o end,
  "apply" => &apply/3, "fun_apply_capture" => fn m, f, a, args -> apply(Function.capture(m, f, a), args) end,
  "function_exported" => &function_exported?/3,
  "inspect_capture" => fn m, f, a -> inspect(Function.capture(m, f, a)) end,
  "format_exit" => &Exception.format_exit/1, "format_mfa" => &Exception.format_mfa/3,
  "format_banner" => &Exception.format_banner/3, "format" => &Exception.format/3,
  "jaro" => &String.jaro_distance/2,
  "bif" => fn f, args -> apply(:erlang, String.to_atom(f), args) end,
  "append" => &Kernel.++/2, "subtract" => &Kernel.--/2, "not" => &Kernel.not/1,
  "to_charlist" => &to_charlist/1,
  "blame" => fn raw, st ->
    {b, _} = Exception.blame(:error, Exception.normalize(:error, raw, st), st)
    {b, Exception.message(b)}
  end,
  "normalize" => fn k, raw, st ->
    e = Exception.normalize(k, raw, st)
    {e, if(Exception.exception?(e), do: Exception.message(e))}
  end,
}

io_ops = %{
  "io_puts" => &IO.puts/1, "io_write" => &IO.write/1, "io_inspect" => &IO.inspect/2
}

big = 4_611_686_018_427_387_903
nums = [0, 1, -7, 3, big, -big - 1, 123_456_789_012_345_678_901_234_567_890, 2.5, -0.5, 1.0e300, :a, "s"]
pairs = for a <- nums, b <- nums, do: [a, b]
numpairs = for a <- [0, 7, -7, 3, 2.5, 1.0, big + 1, :a], b <- [0, 2, -2, 2.0, big * 4, :b], do: [a, b]
terms = [1, 1.0, -2, :a, nil, true, false, "x", <<1::3>>, 'ab', [], [1 | 2], {1, 2}, %{a: 1},
         %RuntimeError{}, %{__struct__: :x}, self(), :erlang.list_to_ref('#Ref<0.1.2.3>')]

cases =
  Enum.flat_map(~w(add sub mul), fn op -> for p <- pairs, do: {op, p} end) ++
  Enum.flat_map(~w(fdiv div rem max min), fn op -> for p <- numpairs, do: {op, p} end) ++
  Enum.flat_map(~w(neg pos abs round trunc), fn op ->
    for x <- [0, 5, -5, big, -big - 1, big + 1, 2.5, -2.5, 3.5, -0.4, 1.0e20, :a, "x"], do: {op, [x]}
  end) ++
  Enum.flat_map(~w(eq ne seq sne lt gt le ge), fn op ->
    for a <- [1, 1.0, 2, big + 1, :a, "b", {1}, [1], %{}], b <- [1, 1.0, :a, big + 1, "b", [1]], do: {op, [a, b]}
  end) ++
  Enum.flat_map(~w(is_atom is_binary is_bitstring is_boolean is_float is_function is_integer
                   is_list is_map is_nil is_number is_pid is_reference is_tuple is_struct
                   is_exception), fn op -> for t <- terms, do: {op, [t]} end) ++
  (for t <- [1, :a], a <- [0, 1, -1, :x], do: {"is_function2", [t, a]}) ++
  (for t <- [%RuntimeError{}, %{}, 1], m <- [RuntimeError, KeyError], do: {"is_struct2", [t, m]}) ++
  (for t <- [{}, {1, 2, 3}, :t, [1]], i <- [0, 2, 3, -1, :i, 1.0, big + 1], do: {"elem", [t, i]}) ++
  (for t <- [{1, 2, 3}, :t], i <- [0, 2, 3, :i], do: {"put_elem", [t, i, :v]}) ++
  (for t <- [{}, {1, 2}, [], :a], do: {"tuple_size", [t]}) ++
  Enum.flat_map(~w(hd tl length), fn op -> for l <- [[1, 2], [], [1 | 2], :a, 'ab'], do: {op, [l]} end) ++
  (for m <- [%{}, %{a: 1}, [], 1], do: {"map_size", [m]}) ++
  Enum.flat_map(~w(byte_size bit_size), fn op -> for b <- ["abc", <<1::3>>, <<1, 2::4>>, :a, 'a'], do: {op, [b]} end) ++
  (for t <- ["s", :atom, nil, true, 42, -big * 3, 1.0, 0.1, 1.0e20, 1.5e-7, 123456789.0, -0.0,
             'abc', [?h, "é", [0x1F600]], [], [:a], [-1], {1}, %{}, %RuntimeError{}, self()],
       do: {"to_string", [t]}) ++
  (for a <- ["a", "", :x, 1], b <- ["b", <<>>, 2, 'c'], do: {"concat", [a, b]}) ++
  [{"concat3", ["a", "b", "c"]}, {"concat3", ["a", :x, "c"]}, {"concat3", ["a", "b", 3]}] ++
  (for a <- ["a", :b, 1, 2.5, 'cl', nil], b <- ["z", {1}], do: {"interpolate", [a, b]}) ++
  (for t <- [%{a: [1, 2, 3], b: String.duplicate("x", 80)}, Enum.to_list(1..60), 'abc', 255, "é\n", <<255>>],
       o <- [[], [pretty: true], [limit: 3], [pretty: true, width: 20], [base: :hex], [charlists: :as_lists],
             [binaries: :as_binaries], [limit: :infinity], [printable_limit: 2]],
       do: {"inspect", [t, o]}) ++
  (for c <- ["abc", 'abc', ["a", ?b, ['c', "d"]], [0x1F600], [:a], [-1], ["a" | "b"], 5], do: {"chardata", [c]}) ++
  (for v <- ["boom", RuntimeError, ArgumentError, KFoo, NotAModule, %KeyError{key: :k}, %{a: 1}, 5],
       do: {"raise_value", [v]}) ++
  (for {m, o} <- [{RuntimeError, "msg"}, {ArgumentError, [message: "m"]}, {KeyError, [key: :a, term: %{}]},
                  {MatchError, [term: 1]}, {KFoo, [x: 1]}, {NotAModule, []}, {ErlangError, [original: :x]}],
       do: {"raise_module", [m, o]}) ++
  (for args <- [[KFoo, :bar, [1]], [KFoo, :two, [1, 2]], [KFoo, :seven, [1, 2, 3, 4, 5, 6, 7]],
                [KFoo, :nope, [1]], [KFoo, :bar, [1, 2]], [NotAModule, :f, []], [:not_a_module, :f, [1]]],
       do: {"apply", args}) ++
  (for {m, f, a, args} <- [{KFoo, :bar, 1, [7]}, {KFoo, :seven, 7, [1, 2, 3, 4, 5, 6, 7]}, {KFoo, :bar, 1, [1, 2]},
                           {KFoo, :bar, 1, []}, {NotAModule, :f, 1, [1]}, {KFoo, :nope, 2, [1, 2]}],
       do: {"fun_apply_capture", [m, f, a, args]}) ++
  (for mfa <- [[KFoo, :bar, 1], [KFoo, :bar, 2], [KFoo, :nope, 0], [NotAModule, :f, 0]],
       do: {"function_exported", mfa}) ++
  (for mfa <- [[KFoo, :bar, 1], [:lists, :map, 2], [NotAModule, :"weird name", 0]], do: {"inspect_capture", mfa}) ++
  (for r <- [:normal, :shutdown, {:shutdown, 1}, :timeout, :killed, :noproc, :calling_self, :other, {:a, 1},
             {:foo, [{KFoo, :bar, 1, []}]}, {%RuntimeError{message: "x"}, [{KFoo, :bar, [1, 2], []}]},
             {:badarith, [{KFoo, :bar, 1, [file: 'lib/k.ex', line: 3]}, {KFoo, :two, 2, []}]},
             {:timeout, {KFoo, :bar, [1]}}, {{:shutdown, :x}, {KFoo, :bar, [:y]}}, {:x, []}],
       do: {"format_exit", [r]}) ++
  (for mfa <- [[KFoo, :bar, 1], [KFoo, :bar, [1, "a"]], [KFoo, :"-run/2-fun-0-", 1], [:lists, :map, 2],
               [KFoo, :"a b", []], [KFoo, :+, 2], [nil, :f, 0]],
       do: {"format_mfa", mfa}) ++
  (for {k, v, st} <- [{:error, :badarith, []}, {:error, {:badmatch, 1}, [{KFoo, :bar, 1, []}]},
                      {:throw, {:a, "b"}, []}, {:exit, :normal, []}, {:exit, {:shutdown, 2}, []},
                      {:exit, {:foo, [{KFoo, :bar, 1, []}]}, []}, {:error, %RuntimeError{message: "m"}, []},
                      {:error, :function_clause, [{KFoo, :bar, [1], []}]},
                      {:error, :badarg, [{KFoo, :bar, 2, [file: 'k.ex', line: 9]}]}],
       op <- ["format_banner", "format"],
       do: {op, [k, v, st]}) ++
  (for {raw, st} <- [{{:badmatch, [1, 2]}, []}, {:badarith, []}, {{:case_clause, %{a: 1}}, []},
                     {:function_clause, [{KFoo, :bar, [1, 2], []}]}, {:function_clause, [{KFoo, :"-run/1-fun-3-", [1], []}]},
                     {:function_clause, []},
                     {{:badfun, 3}, []}, {:undef, [{KFoo, :nope, [1], []}]}, {:undef, [{NotAModule, :f, 2, []}]},
                     {{:badmap, :x}, []}, {{:badkey, :a, %{b: 1}}, []}, {{:badkey, :a}, []}, {:badarg, []},
                     {:badarg, [{:erlang, :hd, [[]], [error_info: %{module: :erl_erts_errors}]}]},
                     {:badarg, [{:erlang, :element, [:a, :b], [error_info: %{module: :erl_erts_errors}]}]},
                     {:badarg, [{:erlang, :element, [5, {1}], [error_info: %{module: :erl_erts_errors}]}]},
                     {:badarg, [{:erlang, :setelement, [0, {1}, 2], [error_info: %{module: :erl_erts_errors}]}]},
                     {{:badarg, :payload}, []}, {{:try_clause, 5}, []}, {{:with_clause, {:error, 1}}, []},
                     {:cond_clause, []}, {:system_limit, []}, {{:badbool, :and, 1}, []},
                     {{:badstruct, KFoo, %{}}, []}, {:foo, []}, {{:foo, 1}, []}, {:noproc, []},
                     {%ArgumentError{message: "own"}, []}],
       do: {"normalize", [:error, raw, st]}) ++
  (for v <- [[1], %{a: 1}], do: {"normalize", [:throw, v, []]}) ++
  (for {f, a} <- [
     {"binary_part", ["abc", 5, 1]}, {"binary_part", ["abc", 1, 5]}, {"binary_part", ["abc", -1, 1]},
     {"binary_part", [:a, 0, 1]}, {"binary_part", ["abc", :x, 1]}, {"binary_part", ["abc", 2, -3]},
     {"iolist_to_binary", [[:a]]}, {"iolist_to_binary", [1]}, {"iolist_to_binary", [[256]]},
     {"binary_to_existing_atom", ["nonexistent_atom_xyz", :utf8]}, {"binary_to_existing_atom", [1, :utf8]},
     {"integer_to_binary", [1.0, 10]}, {"integer_to_binary", [1, 40]}, {"integer_to_binary", [1, :x]},
     {"integer_to_binary", [:a]}, {"binary_to_integer", ["12x"]}, {"binary_to_integer", [1]},
     {"binary_to_integer", ["12", 40]}, {"binary_to_list", [1]}, {"float", [:a]}, {"floor", [:a]},
     {"ceil", ["x"]}, {"send", [:nonexistent_name, 1]}, {"send", [1, 1]}, {"process_flag", [:bogus, 1]},
     {"process_flag", [:trap_exit, 1]}, {"exit", [1, :normal]}, {"register", [:foo, 1]},
     {"unregister", [:not_registered]}, {"process_info", [1, :messages]},
     {"system_info", [:bogus]}, {"++", [1, [2]]}, {"--", [1, [2]]}, {"not", [1]}, {"list_to_atom", [1]},
     {"atom_to_list", [1]}, {"binary_to_atom", [1, :utf8]}, {"tuple_to_list", [1]}, {"list_to_tuple", [1]},
     {"list_to_tuple", [[1 | 2]]}, {"list_to_integer", ['1x']}, {"integer_to_list", [:a]}, {"element", [1, :a]},
     {"element", [:a, :b]}, {"element", [0, {1}]}, {"element", [2, {1}]}, {"setelement", [5, {1}, 0]},
     {"is_function", [1, :a]}, {"is_function", [1, -1]}, {"hd", [[]]}, {"tl", [:a]}, {"length", [[1 | 2]]},
     {"send_after", [-1, :x, 1]}, {"cancel_timer", [1]}, {"demonitor", [1]}, {"monitor", [:process, 1]},
     {"link", [1]}, {"unlink", [1]}, {"spawn", [1]}, {"apply", [:lists, :reverse, 1]}, {"phash2", [1, 0]},
     {"bit_size", [1]}, {"byte_size", [1]}, {"tuple_size", [1]}, {"abs", [:a]}, {"round", [:a]},
     {"trunc", [:a]}, {"atom_to_binary", [1, :utf8]}, {"split_binary", ["ab", 3]},
     {"list_to_binary", [[:a]]}, {"list_to_binary", ["a"]}, {"binary_to_term", ["x"]}, {"make_tuple", [-1, 0]},
     {"append_element", [1, 1]}, {"delete_element", [5, {1}]}, {"insert_element", [5, {1}, 0]},
     {"float_to_binary", [1]}, {"binary_to_float", ["1"]}, {"list_to_float", ['x']}],
   do: {"bif", [f, a]}) ++
  (for a <- [[1, 2], [], [1 | 2], 1], b <- [[3], [], 4, [1 | 2]], do: {"append", [a, b]}) ++
  (for a <- [[1, 2, 1, 3.0, 1], [], [1 | 2], :x], b <- [[1], [1, 1, 1, 1], [3], [3.0, 4], [], 1],
       do: {"subtract", [a, b]}) ++
  (for v <- [true, false, nil, 1], do: {"not", [v]}) ++
  (for t <- ["héllo", "", :abc, 12, -3, 1.5, 'ab', [?a, "b", ['c']], [:a], {1}, %{}], do: {"to_charlist", [t]}) ++
  (for {a, b} <- [{"abe", "abc"}, {"bar", "baz"}, {"map", "mapp"}, {"", "a"}, {"a", "a"}, {"martha", "marhta"},
                  {"dixon", "dicksonx"}, {"jellyfish", "smellyfish"}, {"abcdef", "fedcba"}, {"é", "e"},
                  {"seven", "sevn"}, {"two", "tow"}, {"x", "y"}, {"ab", "ba"}, {"abc", "cab"}],
       do: {"jaro", [a, b]}) ++
  (for {raw, st} <- [{{:badkey, :abe, %{abc: 1, abd: 2, xyz: 3}}, []}, {{:badkey, :b, %{a: 1}}, []}, {{:badkey, :b}, []},
                     {{:badkey, :foo, nil}, []}, {{:badkey, :ab, [abc: 1, abd: 2]}, []}, {{:badkey, "x", %{"xa" => 1}}, []},
                     {{:badkey, :aaa, Map.new(1..8, &{:"aaa#{&1}", &1})}, []}, {{:badkey, :abc, %{:abd => 1, "s" => 2}}, []},
                     {:undef, [{KFoo, :baz, [1], []}]}, {:undef, [{KFoo, :bar, [1, 2], []}]}, {:undef, [{KFoo, :sevn, 2, []}]},
                     {:undef, [{nil, :foo, [], []}]}, {:undef, [{nil, :foo, [1], []}]}, {:undef, [{NotAModule, :f, 0, []}]},
                     {:undef, [{KFoo, :zzz, 0, []}]}, {:function_clause, [{KFoo, :bar, [1, "s", %{a: [1, 2]}], []}]},
                     {:function_clause, [{KFoo, :bar, 2, []}]}, {{:badmatch, 1}, []},
                     {:badarith, [{:erlang, :/, [10, 0], []}]}, {:badarith, [{:erlang, :div, [10, 0], []}]},
                     {:badarith, [{:erlang, :-, [:a], []}]}, {:badarith, [{:erlang, :bsl, [1, :a], []}]},
                     {:badarith, [{:erlang, :bnot, [:a], []}]}, {:badarith, [{:erlang, :foo, [:a], []}]},
                     {:badarith, [{KFoo, :bar, 1, []}]}, {:badarith, []}],
       do: {"blame", [raw, st]})

IO.puts("/* Generated by tests/kernel/gen.exs from Elixir #{System.version()}; do not edit. */")
IO.puts("struct kref_case { const char *op; const char *args; const char *expect; };")
IO.puts("static const struct kref_case kref_cases[] = {")

for {op, args} <- cases do
  Gen.emit(op, args, Gen.outcome(fn -> apply(Map.fetch!(fun_ops, op), args) end))
end

for {a, b} <- [{10, 0}, {:a, 2}, {1.0, 4}, {1.0e308, 1.0e-10}] do
  Gen.emit("fdiv_in_def", [a, b], Gen.blamed(fn -> KArith.fdiv(a, b) end))
  Gen.emit("fdiv_script", [a, b], Gen.blamed(fn -> a / b end))
end

for {op, args} <- [{"io_puts", ["héllo"]}, {"io_puts", [:atom]}, {"io_puts", [12]}, {"io_puts", [1.5]},
                   {"io_puts", [[?a, "b", [0x1F600]]]}, {"io_puts", [[1, :a]]}, {"io_puts", [{1}]},
                   {"io_write", ['ab']}, {"io_write", [nil]},
                   {"io_inspect", [%{a: [1, 2, 3], b: String.duplicate("x", 80)}, [label: "lbl"]]},
                   {"io_inspect", [[1, 2, 3], [label: :atom_label]]}, {"io_inspect", [Enum.to_list(1..60), []]},
                   {"io_inspect", [Enum.to_list(1..30), [width: 20]]}, {"io_inspect", [255, [base: :hex, label: 1]]}] do
  Gen.emit(op, args, Gen.capture_io(fn -> apply(Map.fetch!(io_ops, op), args) end))
end

# The elixir CLI's report of an uncaught raise in the main process (stderr).
for {k, v, st} <- [{:error, :foo, []}, {:error, {:badmatch, 1}, []}, {:throw, {:a, "b"}, []},
                   {:exit, :foo, []}, {:error, :badarith, [{KFoo, :bar, 1, [file: 'k.ex', line: 2]}]},
                   {:error, :badarg, [{:erlang, :hd, [[]], [error_info: %{module: :erl_erts_errors}]}]},
                   {:error, %RuntimeError{message: "boom"}, []},
                   {:error, :function_clause, [{KFoo, :bar, [:atom, "s"], []}]},
                   {:error, :function_clause, [{KFoo, :bar, [%{a: String.duplicate("x", 100)}], []}]},
                   {:error, {:badkey, :abe, %{abc: 1, abd: 2}}, []}, {:error, {:badkey, :foo, nil}, []},
                   {:error, :undef, [{KFoo, :baz, [1], []}]}, {:error, :undef, [{nil, :foo, [], []}]},
                   {:error, :badarith, [{:erlang, :div, [10, 0], [error_info: %{module: :erl_erts_errors}]}]}] do
  kfoo = "defmodule KFoo do def bar(x), do: x; def two(a, _), do: a; " <>
         "def seven(a, _, _, _, _, _, _), do: a; def exception(o), do: o end; "
  {err, _} = Gen.sh(kfoo <> ":erlang.raise(#{inspect(k)}, #{inspect(v, limit: :infinity)}, #{inspect(st)})", :stderr)
  Gen.emit("main", [k, v, st], err)
end

# Exit statuses of the main process by exit reason.
for r <- [:normal, :shutdown, {:shutdown, 3}, {:shutdown, :x}, :foo, {:a, 1}] do
  {_, status} = Gen.sh("exit(#{inspect(r)})", :stderr)
  {err, _} = Gen.sh("exit(#{inspect(r)})", :stderr)
  Gen.emit("exit_status", [r], "status #{status}\n" <> err)
end

# Logger's crash report of a spawned process (stdout), and a linked process's exit
# signal killing the main process (stderr).
for {k, v, st} <- [{:error, :foo, []}, {:error, %RuntimeError{message: "boom"}, []}, {:throw, :ball, []},
                   {:error, :badarg, [{:erlang, :hd, [1], [error_info: %{module: :erl_erts_errors}]}]}] do
  {out, _} = Gen.sh("spawn(fn -> :erlang.raise(#{inspect(k)}, #{inspect(v)}, #{inspect(st)}) end); Process.sleep(300)", :stdout)
  Gen.emit("crash", [k, v, st], Gen.stable(out))
end

kfoo = "defmodule KFoo do def bar(x), do: x; def two(a, _), do: a; " <>
       "def seven(a, _, _, _, _, _, _), do: a; def exception(o), do: o end; "

for {m, f, a} <- [{NotAModule, :f, []}, {KFoo, :nope, [1, "x"]}, {KFoo, :bar, [1, 2]}] do
  {out, _} = Gen.sh(kfoo <> "spawn(#{inspect(m)}, #{inspect(f)}, #{inspect(a)}); Process.sleep(300)", :stdout)
  Gen.emit("crash_mfa", [m, f, a], Gen.stable(out))
end

# Logger writes asynchronously: a script that ends right after the crash shows no report.
{out, _} = Gen.sh("Process.flag(:trap_exit, true); pid = spawn_link(fn -> raise ArgumentError, \"bad\" end); " <>
                  "receive do {:EXIT, ^pid, _} -> :ok end", :stdout)
Gen.emit("crash_lost", [:error, %ArgumentError{message: "bad"}, []], out)

for r <- [:boom, {:shutdown, 1}, {:foo, [{KFoo, :bar, 1, []}]}] do
  {err, _} = Gen.sh("spawn_link(fn -> exit(#{inspect(r)}) end); Process.sleep(300)", :stderr)
  Gen.emit("exit_from", [r], Gen.stable(err))
end

IO.puts("};")
