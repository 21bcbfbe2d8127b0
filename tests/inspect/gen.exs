# Regenerates tests/inspect/golden.txt from real Elixir 1.14:
#
#     elixir tests/inspect/gen.exs > tests/inspect/golden.txt
#
# Every case is a quoted Elixir expression, inspect options and a mode:
#   :kernel  Kernel.inspect(term, opts)   (one line unless pretty: true)
#   :io      what IO.inspect(term, opts) prints (laid out at opts[:width], default 80)
# For each case the golden file records the term in Erlang's external term format
# (hex), so the C test (tests/runtime/test_inspect.c) rebuilds exactly the same term,
# and the text Elixir produced. Record layout (one field per line):
#   case <section>/<name>
#   src <expression>
#   opts <key>=<value> ...
#   kw <hex of the options keyword list>
#   term <hex of :erlang.term_to_binary(term)>
#   doc <hex of Inspect.Algebra.to_doc(term, opts)>   (some sections)
#   expect <byte length>
#   <the bytes>
# Funs cannot be rebuilt from their external form, so a `fun` line carries what
# inspect needs from :erlang.fun_info/1 instead of a `term` line. Struct
# definitions the C side must register come first as `struct <module> <fields>`.
# Sections "algebra" and "algebra_random" test the layout engine alone: their records
# are `case`, `opts mode=algebra width=<w>`, `doc <hex of a document>` and the text
# Inspect.Algebra.format(doc, w) produced. Sections "random" and "algebra_random"
# come from a seeded generator, so regenerating gives the same file.

defmodule Golden.Point do
  defstruct [:y, :x, z: 0]
end

defmodule Golden.Empty do
  defstruct []
end

defmodule Golden.User do
  defstruct name: "", age: 0, tags: [], meta: %{}
end

defmodule Golden.Err do
  defexception [:message, :code]
end

defmodule Golden.Custom do
  defstruct [:v]
end

# The C test registers the same implementation through exc_inspect_register_impl.
defimpl Inspect, for: Golden.Custom do
  import Inspect.Algebra
  def inspect(%{v: v}, opts), do: concat(["#Custom<", to_doc(v, opts), ">"])
end

defmodule Golden.Gen do
  @structs [Golden.Point, Golden.Empty, Golden.User, Golden.Err]
  @doc_sections ~w(atoms integers strings charlists lists keywords tuples maps structs)

  def cases do
    [
      # ---- atoms
      {"atoms", quote(do: :foo), []},
      {"atoms", quote(do: :"foo bar"), []},
      {"atoms", quote(do: nil), []},
      {"atoms", quote(do: true), []},
      {"atoms", quote(do: false), []},
      {"atoms", quote(do: :nil), []},
      {"atoms", quote(do: Foo), []},
      {"atoms", quote(do: Foo.Bar.Baz), []},
      {"atoms", quote(do: :"Elixir.foo"), []},
      {"atoms", quote(do: :"Elixir"), []},
      {"atoms", quote(do: :"Elixir.Elixir"), []},
      {"atoms", quote(do: :"Elixir.Elixir.Foo"), []},
      {"atoms", quote(do: :"Elixir.Foo.bar"), []},
      {"atoms", quote(do: :"Foo.Bar"), []},
      {"atoms", quote(do: :Foo), []},
      {"atoms", quote(do: :foo?), []},
      {"atoms", quote(do: :foo!), []},
      {"atoms", quote(do: :"foo?bar"), []},
      {"atoms", quote(do: :"9a"), []},
      {"atoms", quote(do: :_), []},
      {"atoms", quote(do: :_foo9), []},
      {"atoms", quote(do: :""), []},
      {"atoms", quote(do: :foo@bar), []},
      {"atoms", quote(do: :"@foo"), []},
      {"atoms", quote(do: :é), []},
      {"atoms", quote(do: :Ólá), []},
      {"atoms", quote(do: :"a\u0301"), []},
      {"atoms", quote(do: [:"日本語", :"Ωmega", :"ñandú", :"µ", :"µx", :"ｚ", :"Ϸ", :"ΆႼ", :"M۹", :"a·b", :"ǅ", :"Ⅲ", :"ノab", :"漢字かな", :"한국어"]), []},
      {"atoms", quote(do: [{:"日本語", 1}, {:"Ωmega", 2}, {:"µ", 3}, {:"ｚ", 4}, {:"ΆႼ", 5}, {:"ǅ", 6}]), []},
      {"atoms", quote(do: :"with\nnewline"), []},
      {"atoms", quote(do: :"quote\"d"), []},
      {"atoms", quote(do: :"\#{x}"), []},
      {"atoms", quote(do: :+), []},
      {"atoms", quote(do: :-), []},
      {"atoms", quote(do: :*), []},
      {"atoms", quote(do: :/), []},
      {"atoms", quote(do: :"//"), []},
      {"atoms", quote(do: :"::"), []},
      {"atoms", quote(do: :<>), []},
      {"atoms", quote(do: :++), []},
      {"atoms", quote(do: :..), []},
      {"atoms", quote(do: :...), []},
      {"atoms", quote(do: :"..//"), []},
      {"atoms", quote(do: :@), []},
      {"atoms", quote(do: :&), []},
      {"atoms", quote(do: :!), []},
      {"atoms", quote(do: :^), []},
      {"atoms", quote(do: :"^^^"), []},
      {"atoms", quote(do: :"~~~"), []},
      {"atoms", quote(do: :"<|>"), []},
      {"atoms", quote(do: :|>), []},
      {"atoms", quote(do: :\\), []},
      {"atoms", quote(do: :<-), []},
      {"atoms", quote(do: :->), []},
      {"atoms", quote(do: :"=>"), []},
      {"atoms", quote(do: :%), []},
      {"atoms", quote(do: :%{}), []},
      {"atoms", quote(do: :{}), []},
      {"atoms", quote(do: :<<>>), []},
      {"atoms", quote(do: :when), []},
      {"atoms", quote(do: :in), []},
      {"atoms", quote(do: :"not in"), []},
      {"atoms", quote(do: :not), []},
      {"atoms", quote(do: :and), []},
      {"atoms", quote(do: :===), []},
      {"atoms", quote(do: :.), []},
      {"atoms", quote(do: :"?"), []},
      {"atoms", quote(do: :"a-b"), []},
      # ---- integers
      {"integers", quote(do: 0), []},
      {"integers", quote(do: -1), []},
      {"integers", quote(do: 123_456_789), []},
      {"integers", quote(do: 4_611_686_018_427_387_903), []},
      {"integers", quote(do: 4_611_686_018_427_387_904), []},
      {"integers", quote(do: -4_611_686_018_427_387_905), []},
      {"integers", quote(do: 123456789012345678901234567890123456789), []},
      {"integers", quote(do: -123456789012345678901234567890123456789), []},
      {"integers", quote(do: 255), [base: :hex]},
      {"integers", quote(do: -255), [base: :hex]},
      {"integers", quote(do: 5), [base: :binary]},
      {"integers", quote(do: 64), [base: :octal]},
      {"integers", quote(do: 123456789012345678901234567890), [base: :hex]},
      {"integers", quote(do: [1, 255, 4096]), [base: :hex]},
      # ---- floats
      {"floats", quote(do: 0.0), []},
      {"floats", quote(do: -0.0), []},
      {"floats", quote(do: 1.0), []},
      {"floats", quote(do: -1.5), []},
      {"floats", quote(do: 0.1), []},
      {"floats", quote(do: 0.001), []},
      {"floats", quote(do: 0.0001), []},
      {"floats", quote(do: 0.00001), []},
      {"floats", quote(do: 1.234e-5), []},
      {"floats", quote(do: 0.000123), []},
      {"floats", quote(do: 123.456), []},
      {"floats", quote(do: 1.0e10), []},
      {"floats", quote(do: 1.0e15), []},
      {"floats", quote(do: 1.0e16), []},
      {"floats", quote(do: 1.5e16), []},
      {"floats", quote(do: 9007199254740992.0), []},
      {"floats", quote(do: 9007199254740993.0), []},
      {"floats", quote(do: 123456789.0), []},
      {"floats", quote(do: 123456789.5), []},
      {"floats", quote(do: 1.0e100), []},
      {"floats", quote(do: 1.7976931348623157e308), []},
      {"floats", quote(do: 5.0e-324), []},
      {"floats", quote(do: 2.2250738585072014e-308), []},
      {"floats", quote(do: 1/3), []},
      {"floats", quote(do: 2/3), []},
      {"floats", quote(do: 0.1 + 0.2), []},
      {"floats", quote(do: 100.0 / 3), []},
      {"floats", quote(do: 1.0e21), []},
      {"floats", quote(do: 1.0e22), []},
      {"floats", quote(do: 1.0e23), []},
      {"floats", quote(do: 12345678901234567.0), []},
      {"floats", quote(do: 4.35), []},
      {"floats", quote(do: 0.3), []},
      {"floats", quote(do: -1.0e-10), []},
      {"floats", quote(do: Enum.map(1..40, fn i -> :math.pow(2, i) / 7 end)), [limit: :infinity]},
      {"floats", quote(do: Enum.map(1..40, fn i -> :math.pow(10, -i) * 3 end)), [limit: :infinity]},
      {"floats", quote(do: Enum.map(1..40, fn i -> :math.pow(10, i) * 1.1 end)), [limit: :infinity]},
      {"floats", quote(do: Enum.map(1..30, fn i -> 1 / i end)), [limit: :infinity]},
      # every power of two (where the shortest digits are hardest to find)
      {"floats", quote(do: Enum.map(1..2046, fn e -> <<f::float>> = <<e * 4_503_599_627_370_496::64>>; f end)), [limit: :infinity]},
      # random bit patterns, fixed seed
      {"floats", quote(do: Golden.Gen.random_floats(300)), [limit: :infinity]},
      # ---- strings and binaries
      {"strings", quote(do: ""), []},
      {"strings", quote(do: "hello"), []},
      {"strings", quote(do: "héllo wörld ✓ 😀"), []},
      {"strings", quote(do: "a\nb\tc\rd\ve\ff\ag\bh\ei\dj"), []},
      {"strings", quote(do: "quote \" and backslash \\"), []},
      {"strings", quote(do: "interp \#{x} and # and {"), []},
      {"strings", quote(do: "single ' quote"), []},
      {"strings", quote(do: <<0>>), []},
      {"strings", quote(do: <<1, 2, 3>>), []},
      {"strings", quote(do: "abc" <> <<0>>), []},
      {"strings", quote(do: <<255, 254>>), []},
      {"strings", quote(do: "abc" <> <<255>>), []},
      {"strings", quote(do: <<"é"::utf8, 128>>), []},
      {"strings", quote(do: <<0xC2, 0x80>>), []},
      {"strings", quote(do: <<0xEF, 0xBB, 0xBF>>), []},
      {"strings", quote(do: <<0xED, 0xA0, 0x80>>), []},
      {"strings", quote(do: <<0xC0, 0x80>>), []},
      {"strings", quote(do: "\uFEFF"), []},
      {"strings", quote(do: "a\u00A0b"), []},
      {"strings", quote(do: "\u0085"), []},
      {"strings", quote(do: "abc\u0000"), [binaries: :as_strings]},
      {"strings", quote(do: <<1, 2, 3, 255>>), [binaries: :as_strings]},
      {"strings", quote(do: "abc"), [binaries: :as_binaries]},
      {"strings", quote(do: "abc"), [base: :hex]},
      {"strings", quote(do: String.duplicate("a", 20)), [printable_limit: 5]},
      {"strings", quote(do: String.duplicate("é", 20)), [printable_limit: 5]},
      {"strings", quote(do: "abcdef" <> <<0>>), [printable_limit: 3]},
      {"strings", quote(do: "abc"), [printable_limit: 3]},
      {"strings", quote(do: "abcd"), [printable_limit: 0]},
      {"strings", quote(do: String.duplicate("x", 5000)), []},
      {"strings", quote(do: <<1::size(3)>>), []},
      {"strings", quote(do: <<1, 2, 3::size(4)>>), []},
      {"strings", quote(do: <<255, 1::size(1)>>), []},
      {"strings", quote(do: :binary.copy(<<1>>, 100)), []},
      {"strings", quote(do: :binary.copy(<<1>>, 100)), [limit: 5]},
      {"strings", quote(do: <<1, 2, 3>>), [limit: 3]},
      {"strings", quote(do: <<1, 2, 3>>), [limit: 2]},
      {"strings", quote(do: <<1, 2, 3, 4::size(4)>>), [limit: 3]},
      {"strings", quote(do: <<1, 2, 3>>), [limit: 0]},
      {"strings", quote(do: :binary.copy(<<200>>, 40)), [limit: :infinity], :io},
      # ---- charlists
      {"charlists", quote(do: 'abc'), []},
      {"charlists", quote(do: 'a\nb\tc'), []},
      {"charlists", quote(do: 'it\'s'), []},
      {"charlists", quote(do: 'say "hi"'), []},
      {"charlists", quote(do: '\#{x}'), []},
      {"charlists", quote(do: [7, 8, 9, 10, 11, 12, 13, 27, 32, 126]), []},
      {"charlists", quote(do: [127]), []},
      {"charlists", quote(do: [6]), []},
      {"charlists", quote(do: [0]), []},
      {"charlists", quote(do: 'héllo'), []},
      {"charlists", quote(do: 'abc'), [charlists: :as_lists]},
      {"charlists", quote(do: [104, 233, 108]), [charlists: :as_charlists]},
      {"charlists", quote(do: [1, 2, 3]), [charlists: :as_charlists]},
      {"charlists", quote(do: 'abcdefgh'), [printable_limit: 3]},
      {"charlists", quote(do: 'abc' ++ [0]), [printable_limit: 3]},
      {"charlists", quote(do: 'abc' ++ [0]), []},
      {"charlists", quote(do: [?a, ?b | ?c]), []},
      {"charlists", quote(do: Enum.to_list(32..126)), [limit: :infinity]},
      # ---- lists
      {"lists", quote(do: []), []},
      {"lists", quote(do: [1]), []},
      {"lists", quote(do: [1, 2, 3]), []},
      {"lists", quote(do: [1 | 2]), []},
      {"lists", quote(do: [1, 2 | 3]), []},
      {"lists", quote(do: [1, 2 | [3]]), []},
      {"lists", quote(do: [[1 | 2] | [3 | 4]]), []},
      {"lists", quote(do: [[], [[]], [[], []]]), []},
      {"lists", quote(do: [:a, "b", 'c', 1.0, {}, %{}]), []},
      {"lists", quote(do: Enum.to_list(1..100)), []},
      {"lists", quote(do: Enum.to_list(1..100)), [limit: :infinity]},
      {"lists", quote(do: Enum.to_list(1..100)), [limit: 5]},
      {"lists", quote(do: Enum.to_list(1..5)), [limit: 5]},
      {"lists", quote(do: Enum.to_list(1..6)), [limit: 5]},
      {"lists", quote(do: Enum.to_list(1..5)), [limit: 0]},
      {"lists", quote(do: [1, 2, 3 | 4]), [limit: 2]},
      {"lists", quote(do: [1, 2, 3 | 4]), [limit: 3]},
      {"lists", quote(do: [1, 2, 3 | 4]), [limit: 4]},
      {"lists", quote(do: [[1, 2, 3], [4, 5, 6]]), [limit: 2]},
      {"lists", quote(do: [{1, 2, 3}, [4, 5, 6]]), [limit: 3]},
      # ---- keyword lists
      {"keywords", quote(do: [a: 1]), []},
      {"keywords", quote(do: [a: 1, b: "two", c: :three]), []},
      {"keywords", quote(do: ["b c": 2, a?: 1, "9": 3, nil: 4, Foo: 5]), []},
      {"keywords", quote(do: [{Foo, 1}]), []},
      {"keywords", quote(do: [{:"Elixir", 1}]), []},
      {"keywords", quote(do: [{:+, 1}, {:"::", 2}, {:..., 3}]), []},
      {"keywords", quote(do: [{:a, 1}, {"b", 2}]), []},
      {"keywords", quote(do: [{:a, 1, 2}]), []},
      {"keywords", quote(do: [a: [b: [c: 1]]]), []},
      {"keywords", quote(do: Enum.map(1..30, &{:"key_#{&1}", &1})), []},
      {"keywords", quote(do: Enum.map(1..30, &{:"key_#{&1}", &1})), [limit: 3]},
      {"keywords", quote(do: [a: 1, b: 2] ++ [{:c, 3} | :d]), []},
      # ---- tuples
      {"tuples", quote(do: {}), []},
      {"tuples", quote(do: {1}), []},
      {"tuples", quote(do: {1, 2}), []},
      {"tuples", quote(do: {:ok, "value"}), []},
      {"tuples", quote(do: {:error, {:nested, [1, 2]}}), []},
      {"tuples", quote(do: List.to_tuple(Enum.to_list(1..60))), []},
      {"tuples", quote(do: List.to_tuple(Enum.to_list(1..10))), [limit: 3]},
      {"tuples", quote(do: {1, 2, 3}), [limit: 0]},
      # ---- maps
      {"maps", quote(do: %{}), []},
      {"maps", quote(do: %{a: 1}), []},
      {"maps", quote(do: %{a: 1, b: 2}), []},
      {"maps", quote(do: %{1 => 2}), []},
      {"maps", quote(do: %{"a" => 1, :b => 2}), []},
      {"maps", quote(do: %{b: 1, a: 2, c: 3}), []},
      {"maps", quote(do: %{Foo => 1}), []},
      {"maps", quote(do: %{:"foo bar" => 1, :+ => 2}), []},
      {"maps", quote(do: %{1.0 => :a, 1 => :b, "x" => :c, :d => :e, {1} => :f, [1] => :g}), []},
      {"maps", quote(do: %{%{a: 1} => %{b: %{c: 1}}}), []},
      {"maps", quote(do: %{[1, 2] => {3, 4}, nil => true}), []},
      {"maps", quote(do: Map.new(1..20, &{&1, &1 * &1})), []},
      {"maps", quote(do: Map.new(1..20, &{&1, &1 * &1})), [limit: 3]},
      {"maps", quote(do: Map.new(1..10, &{:"k#{&1}", &1})), [limit: 2]},
      {"maps", quote(do: %{__struct__: "notatom", a: 1}), []},
      {"maps", quote(do: %{__struct__: Unknown.Module, a: 1}), []},
      {"maps", quote(do: %{__struct__: Golden.Point, x: 1}), []},
      # ---- structs
      {"structs", quote(do: %Golden.Point{x: 1, y: 2}), []},
      {"structs", quote(do: %Golden.Point{}), []},
      {"structs", quote(do: %Golden.Empty{}), []},
      {"structs", quote(do: %Golden.User{name: "Ann", age: 33, tags: [:a, :b], meta: %{k: 1}}), []},
      {"structs", quote(do: %Golden.User{name: "Ann", age: 33}), [limit: 2]},
      {"structs", quote(do: %Golden.Err{message: "boom", code: 42}), []},
      {"structs", quote(do: %Golden.Point{x: 1, y: 2}), [structs: false]},
      {"structs", quote(do: [%Golden.Point{x: 1, y: 2}, %Golden.Point{x: 3, y: 4}]), []},
      {"structs", quote(do: 1..10), []},
      {"structs", quote(do: 10..1//-1), []},
      {"structs", quote(do: 1..10//2), []},
      {"structs", quote(do: 5..1//1), []},
      {"structs", quote(do: -3..-1), []},
      {"structs", quote(do: 1..10), [structs: false]},
      {"structs", quote(do: MapSet.new([3, 1, 2])), []},
      {"structs", quote(do: MapSet.new()), []},
      {"structs", quote(do: MapSet.new([97, 98])), []},
      {"structs", quote(do: MapSet.new(1..30)), [limit: 5]},
      {"structs", quote(do: %Stream{enum: 1..3, funs: []}), []},
      {"structs", quote(do: %Stream{enum: [1, 2], funs: [:second, :first]}), []},
      {"structs", quote(do: %{__struct__: Stream, enum: [1], funs: [:a], extra: 1}), []},
      # ---- user Inspect implementations (defimpl Inspect)
      {"impl", quote(do: %Golden.Custom{v: 1}), []},
      {"impl", quote(do: [%Golden.Custom{v: "x"}, %Golden.Custom{v: %Golden.Custom{v: [a: 1]}}]), []},
      {"impl", quote(do: %Golden.Custom{v: Enum.to_list(1..40)}), [], :io},
      {"impl", quote(do: %Golden.Custom{v: Enum.to_list(1..40)}), [limit: 4]},
      # ---- pids, references, functions
      {"pids_refs", quote(do: :c.pid(0, 123, 0)), []},
      {"pids_refs", quote(do: :c.pid(0, 0, 0)), []},
      {"pids_refs", quote(do: :erlang.list_to_ref('#Ref<0.1.2.98112>')), []},
      {"pids_refs", quote(do: {:c.pid(0, 77, 0), :erlang.list_to_ref('#Ref<0.1.2.3>')}), []},
      {"pids_refs", quote(do: :erlang.list_to_ref('#Ref<0.1234.2.262143>')), []},
      {"funs", quote(do: &Enum.map/2), []},
      {"funs", quote(do: &:lists.reverse/1), []},
      {"funs", quote(do: &Kernel.+/2), []},
      {"funs", quote(do: &Golden.Gen.cases/0), []},
      {"funs", quote(do: Golden.Gen.lambda()), []},
      {"funs", quote(do: Golden.Gen.lambda2()), []},
      # ---- the front end's flat printer (exc_inspect_flat_to_file)
      {"flat", quote(do: :foo), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: :"foo bar"), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: Foo.Bar), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: nil), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: -42), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: 123456789012345678901234567890), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: 3.14), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: 1.0e-7), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: "hello\nworld"), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: <<1, 2, 3>>), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: 'abc'), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: [1, 2, 3]), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: [1 | 2]), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: [a: 1, b: [c: "d"]]), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: {:ok, {1, 2.5}}), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: %{a: 1, b: %{"c" => [1]}}), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: Enum.to_list(1..120)), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: String.duplicate("é", 5000)), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: {[], {}, %{}, "", ''}), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: List.to_tuple(Enum.to_list(1..70))), [limit: :infinity, printable_limit: :infinity]},
      {"flat", quote(do: [[1, [2, [3, [4 | 5]]]]]), [limit: :infinity, printable_limit: :infinity]},
      # ---- pretty layout (IO.inspect and pretty: true)
      {"pretty", quote(do: Enum.to_list(1..40)), [], :io},
      {"pretty", quote(do: Enum.to_list(1..100)), [limit: :infinity], :io},
      {"pretty", quote(do: Enum.to_list(1..100)), [limit: :infinity, pretty: true]},
      {"pretty", quote(do: Enum.to_list(1..100)), [limit: :infinity, width: 30], :io},
      {"pretty", quote(do: Enum.to_list(1..100)), [limit: :infinity, width: 0], :io},
      {"pretty", quote(do: Enum.map(1..12, &String.duplicate("x", &1))), [], :io},
      {"pretty", quote(do: Enum.map(1..30, &{:"key_#{&1}", &1})), [], :io},
      {"pretty", quote(do: Enum.map(1..30, &{:"key_#{&1}", &1})), [pretty: true, width: 40]},
      {"pretty", quote(do: Map.new(1..30, &{&1, &1 * &1})), [], :io},
      {"pretty", quote(do: Map.new(1..10, &{:"key#{&1}", String.duplicate("v", &1)})), [], :io},
      {"pretty", quote(do: List.to_tuple(Enum.to_list(1..60))), [], :io},
      {"pretty", quote(do: %{a: %{b: %{c: Enum.to_list(1..30), d: "some long string value here"}}, e: [1, 2, 3]}), [], :io},
      {"pretty", quote(do: [{:ok, %{name: "Ann", tags: Enum.to_list(1..20)}}, {:error, "some error message that is rather long"}]), [], :io},
      {"pretty", quote(do: %Golden.User{name: String.duplicate("n", 30), age: 33, tags: Enum.to_list(1..25), meta: %{a: 1}}), [], :io},
      {"pretty", quote(do: {[1, 2, 3], [4, 5, 6], String.duplicate("a", 70), {:x, :y}}), [], :io},
      {"pretty", quote(do: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]), [width: 20], :io},
      {"pretty", quote(do: [a: String.duplicate("x", 80)]), [], :io},
      {"pretty", quote(do: [String.duplicate("x", 90), 1, 2]), [], :io},
      {"pretty", quote(do: {String.duplicate("x", 90), 1, 2}), [], :io},
      {"pretty", quote(do: [1 | String.duplicate("y", 90)]), [], :io},
      {"pretty", quote(do: [[1 | 2], [3 | 4]]), [width: 5], :io},
      {"pretty", quote(do: :binary.copy(<<1>>, 100)), [limit: :infinity], :io},
      {"pretty", quote(do: <<1, 2, 3::size(4)>>), [width: 3], :io},
      {"pretty", quote(do: MapSet.new(1..30)), [], :io},
      {"pretty", quote(do: Enum.map(1..8, fn i -> {i, Enum.to_list(1..i)} end)), [width: 30], :io},
      {"pretty", quote(do: %{list: Enum.to_list(1..50), map: Map.new(1..5, &{&1, to_string(&1)})}), [limit: :infinity], :io},
      {"pretty", quote(do: Enum.to_list(1..30) |> Enum.map(&(&1 * 1000000))), [width: 50], :io},
      {"pretty", quote(do: [[[[[[[[[[1, 2, 3]]]]]]]]], String.duplicate("z", 70)]), [], :io}
    ]
  end

  # Documents for the layout engine alone, each formatted at several widths.
  def algebra_docs do
    import Inspect.Algebra

    words = Enum.map(~w(lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod), &string/1)
    list = fn items -> container_doc("[", items, "]", %Inspect.Opts{limit: :infinity}, fn d, _ -> d end) end

    [
      glue("hello", "world"),
      group(glue("hello", "world")),
      group(glue(group(glue("aaaa", "bbbb")), group(glue("cccc", "dddd")))),
      group(nest(glue("let", glue("x = 1", "in x")), 2)),
      group(nest(glue("let", glue("x = 1", "in x")), 2, :break)),
      group(concat("prefix(", nest(glue("arg1,", "arg2"), :cursor)) |> concat(")")),
      group(nest(concat(nest(glue("a", "b"), 4), nest(line("c", "d"), :reset)), 2)),
      fold_doc(words, &flex_glue(&1, &2)) |> group(),
      fold_doc(words, &glue(&1, &2)) |> group(),
      fold_doc(words, &glue(&1, ",", &2)) |> group() |> nest(3),
      group(concat("start", nest(concat(line(), "indented"), 4))),
      group(glue("a", force_unfit(group(glue("b", "c"))))),
      group(glue(force_unfit("x"), "y")),
      group(concat("call(", next_break_fits(group(glue("[", glue("1,", "2]"))), :enabled)) |> concat(")")),
      group(concat("call(", next_break_fits(group(glue("[", glue("1,", "2]"))), :disabled)) |> concat(")")),
      group(glue("aaaa", group(glue("bbbb", "cccc"), :inherit))),
      group(glue("aaaa", no_limit(group(glue("bbbb", "cccc"))))),
      group(glue(string("héllo wörld"), string("ünïcödé"))),
      group(glue(string("e\u0301e\u0301e\u0301 👨‍👩‍👧 🇫🇷"), glue(string("\r\n"), "tail text"))),
      space("a", "b") |> glue("c") |> group(),
      list.(Enum.map(1..30, &Integer.to_string/1)),
      list.([list.(~w(a b c)), list.(Enum.map(1..25, &Integer.to_string/1)), "tail"]),
      container_doc("{", ~w(alpha beta gamma delta), "}", %Inspect.Opts{limit: 2}, fn d, _ -> d end, break: :flex),
      container_doc("%{", ~w(alpha beta gamma delta), "}", %Inspect.Opts{limit: :infinity}, fn d, _ -> d end, break: :strict, separator: ";"),
      container_doc("<", [], ">", %Inspect.Opts{}, fn d, _ -> d end),
      group(glue(flex_glue("x", "y"), line("z", "w"))),
      group(glue("a", "\n", "b")),
      nest(group(glue(glue("one", "two"), glue("three", "four"))), 6),
      group(concat([empty(), "a", empty(), break(), "b"]))
    ]
  end

  # Random nested terms and options (fixed seed): the "random" section.
  @atom_pool [:a, :ok, :error, :"foo bar", Foo.Bar, :+, :"::", :é, :"9x", nil, true, :key?, :"Elixir.x"]

  def random_cases(n) do
    :rand.seed(:exsss, {4, 5, 6})

    for _ <- 1..n do
      term = random_term(3)
      opts =
        [limit: pick([50, 3, 10, :infinity]), printable_limit: pick([4096, 5, :infinity])] ++
          pick([[], [width: pick([0, 20, 40, 80])], [pretty: true], [charlists: :as_lists]])

      {term, opts, pick([:kernel, :io])}
    end
  end

  defp pick(list), do: Enum.at(list, :rand.uniform(length(list)) - 1)

  defp random_term(d) when d <= 0, do: random_scalar()

  defp random_term(d) do
    case :rand.uniform(12) do
      1 -> Enum.map(1..:rand.uniform(12), fn _ -> random_term(d - 1) end)
      2 -> List.to_tuple(Enum.map(1..:rand.uniform(6), fn _ -> random_term(d - 1) end))
      3 -> Map.new(1..:rand.uniform(8), fn _ -> {random_term(d - 2), random_term(d - 1)} end)
      4 -> Enum.map(1..:rand.uniform(6), fn _ -> {pick(@atom_pool), random_term(d - 1)} end)
      5 -> [random_term(d - 1) | random_scalar()]
      6 -> %Golden.Point{x: random_term(d - 1), y: random_scalar()}
      7 -> Enum.map(1..:rand.uniform(30), fn _ -> :rand.uniform(200) end)
      _ -> random_scalar()
    end
  end

  defp random_scalar do
    case :rand.uniform(9) do
      1 -> :rand.uniform(1000) - 500
      2 -> :rand.uniform(Integer.pow(2, 100)) * pick([1, -1])
      3 -> (:rand.uniform() - 0.5) * :math.pow(10, :rand.uniform(40) - 20)
      4 -> pick(@atom_pool)
      5 -> String.duplicate(pick(["ab", "é", "x y", "\n", "\"", "\#{"]), :rand.uniform(8))
      6 -> <<:rand.uniform(255)>> <> pick(["", "abc", <<255>>])
      7 -> Enum.map(1..:rand.uniform(10), fn _ -> 96 + :rand.uniform(26) end)
      8 -> pick([[], {}, %{}, "", 1..5, 5..1//-1, :c.pid(0, :rand.uniform(500), 0)])
      _ -> String.duplicate("long text ", :rand.uniform(12))
    end
  end

  # Random documents (fixed seed) for the layout engine: the "algebra_random" section.
  def random_docs(n) do
    :rand.seed(:exsss, {9, 9, 9})
    for _ <- 1..n, do: {random_doc(5), pick([0, 3, 8, 15, 30, 60, :infinity])}
  end

  defp random_doc(d) when d <= 0, do: pick(["a", "bb", "ccc", "dddd", "", "é", Inspect.Algebra.empty()])

  defp random_doc(d) do
    import Inspect.Algebra

    case :rand.uniform(14) do
      1 -> concat(random_doc(d - 1), random_doc(d - 1))
      2 -> glue(random_doc(d - 1), random_doc(d - 1))
      3 -> flex_glue(random_doc(d - 1), pick([" ", "", "--"]), random_doc(d - 1))
      4 -> group(random_doc(d - 1), pick([:self, :inherit]))
      5 -> nest(random_doc(d - 1), pick([0, 1, 2, 4, :cursor, :reset]), pick([:always, :break]))
      6 -> line(random_doc(d - 1), random_doc(d - 1))
      7 -> force_unfit(random_doc(d - 1))
      8 -> next_break_fits(random_doc(d - 1), pick([:enabled, :disabled]))
      9 -> no_limit(random_doc(d - 1))
      10 -> string(pick(["héllo", "wörld", "x"]))
      11 -> concat([random_doc(d - 1), break(pick([" ", ",", ""])), random_doc(d - 1)])
      12 -> group(glue(random_doc(d - 1), random_doc(d - 1)))
      _ -> random_doc(d - 2)
    end
  end

  def random_floats(n) do
    :rand.seed(:exsss, {1, 2, 3})

    Stream.repeatedly(fn -> <<:rand.uniform(18_446_744_073_709_551_616) - 1::64>> end)
    |> Stream.flat_map(fn
      <<f::float>> -> [f]
      _ -> []
    end)
    |> Enum.take(n)
  end

  def lambda, do: fn x -> x end
  def lambda2, do: fn a, b -> {a, b} end

  def main do
    for mod <- @structs do
      fields = for %{field: f} <- mod.__info__(:struct), do: f
      IO.puts("struct #{Atom.to_string(mod)} #{Enum.map_join(fields, " ", &Atom.to_string/1)}")
    end

    # Each distinct option list and Elixir's %Inspect.Opts{} for it (without the
    # :inspect_fun, a fun): `optsterm <hex of keyword list> <hex of the struct>`.
    for opts <- Enum.uniq(for c <- cases(), do: elem(c, 2)) do
      struct = Map.delete(Inspect.Opts.new(opts), :inspect_fun)
      IO.puts("optsterm #{Base.encode16(:erlang.term_to_binary(opts))} #{Base.encode16(:erlang.term_to_binary(struct))}")
    end

    for {doc, i} <- Enum.with_index(algebra_docs()), width <- [0, 5, 10, 20, 40, 80, :infinity] do
      IO.puts("case algebra/#{i}w#{width}")
      IO.puts("opts mode=algebra width=#{width}")
      IO.puts("doc #{Base.encode16(:erlang.term_to_binary(doc))}")
      expected = IO.iodata_to_binary(Inspect.Algebra.format(doc, width))
      IO.puts("expect #{byte_size(expected)}")
      IO.puts(expected)
    end

    for {{doc, width}, i} <- Enum.with_index(random_docs(200)) do
      IO.puts("case algebra_random/#{i}")
      IO.puts("opts mode=algebra width=#{width}")
      IO.puts("doc #{Base.encode16(:erlang.term_to_binary(doc))}")
      expected = IO.iodata_to_binary(Inspect.Algebra.format(doc, width))
      IO.puts("expect #{byte_size(expected)}")
      IO.puts(expected)
    end

    random = for {t, o, m} <- random_cases(100), do: {"random", {:value, t}, o, m}

    for {c, i} <- Enum.with_index(cases() ++ random) do
      {section, src, opts, mode} =
        case c do
          {s, src, opts} -> {s, src, opts, :kernel}
          {s, src, opts, mode} -> {s, src, opts, mode}
        end

      {term, src} =
        case src do
          {:value, t} -> {t, "(generated) " <> inspect(t, limit: :infinity, printable_limit: :infinity)}
          quoted -> {elem(Code.eval_quoted(quoted), 0), Macro.to_string(quoted)}
        end

      expected = render(term, opts, mode)
      IO.puts("case #{section}/#{i}")
      IO.puts("src #{String.replace(src, "\n", " ")}")
      IO.puts("opts #{opts_line(opts, mode)}")
      IO.puts("kw #{Base.encode16(:erlang.term_to_binary(opts))}")

      if is_function(term) do
        info = :erlang.fun_info(term)
        IO.puts("fun #{fun_line(info)}")
      else
        IO.puts("term #{Base.encode16(:erlang.term_to_binary(term))}")
      end

      # The document itself, for the structural comparison of to_doc/2.
      if section in @doc_sections do
        doc = Inspect.Algebra.to_doc(term, Inspect.Opts.new(opts))
        IO.puts("doc #{Base.encode16(:erlang.term_to_binary(doc))}")
      end

      IO.puts("expect #{byte_size(expected)}")
      IO.puts(expected)
    end
  end

  defp render(term, opts, :kernel), do: inspect(term, opts)

  defp render(term, opts, :io) do
    o = Inspect.Opts.new(opts)
    doc = Inspect.Algebra.group(Inspect.Algebra.to_doc(term, o))
    IO.iodata_to_binary(Inspect.Algebra.format(doc, o.width))
  end

  defp opts_line(opts, mode) do
    o = Inspect.Opts.new(opts)

    [
      "mode=#{mode}",
      "limit=#{o.limit}",
      "printable_limit=#{o.printable_limit}",
      "width=#{o.width}",
      "pretty=#{o.pretty}",
      "structs=#{o.structs}",
      "charlists=#{o.charlists}",
      "binaries=#{o.binaries}",
      "base=#{o.base}"
    ]
    |> Enum.join(" ")
  end

  # external: module name arity; lambda: module name(enclosing fun) name_arity index uniq arity
  defp fun_line(info) do
    case info[:type] do
      :external ->
        "external #{info[:module]} #{info[:name]} #{info[:arity]}"

      :local ->
        {name, name_arity} =
          case Code.Identifier.extract_anonymous_fun_parent(info[:name]) do
            {n, a} -> {n, a}
          end

        "lambda #{info[:module]} #{name} #{name_arity} #{info[:new_index]} #{info[:uniq]} #{info[:arity]}"
    end
  end
end

Golden.Gen.main()
