# String: splitting, trimming (Unicode white space), replacing, slicing by grapheme,
# padding, conversions, and the FunctionClauseError/ArgumentError cases.
t = fn label, f ->
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("#{label}: #{inspect(result)}")
end

t.("length", fn -> {String.length(""), String.length("héllo"), String.length("e\u0301"), String.length("👩‍👩‍👧")} end)
t.("length bad", fn -> String.length(:a) end)
t.("graphemes codepoints", fn -> {String.graphemes("ae\u0301b"), String.codepoints("ae\u0301b"), String.codepoints(<<97, 255, 98>>), String.graphemes("")} end)
t.("case", fn -> {String.upcase("héllo ß"), String.downcase("HÉLLO"), String.upcase("ǆemal ß", :ascii), String.downcase("ÀB", :ascii), String.upcase("iı", :turkic), String.downcase("Iİ", :turkic), String.capitalize("ǆemal"), String.capitalize("hELLO wORLD"), String.capitalize(""), String.capitalize("élan", :ascii), String.capitalize("abc", :ascii)} end)
t.("upcase bad", fn -> String.upcase(nil) end)
t.("split/1", fn -> {String.split(" a  b\tc\n"), String.split(""), String.split("   "), String.split("\u00A0a\u2003b\u0085c\u200B"), String.split("x\u2007y z")} end)
t.("split/2", fn -> {String.split("a,b,,c", ","), String.split("a,b,,c,", ","), String.split("abc", ""), String.split("", ","), String.split("a-b_c", ["-", "_"]), String.split("abcabc", ["ab", "abc"]), String.split("a b", [])} end)
t.("split opts", fn -> {String.split("abc", "", parts: 2), String.split("abc", "", trim: true), String.split("a,b,,c,", ",", parts: 3), String.split(",a,b,,c,", ",", trim: true, parts: 2), String.split(",a,,b,", ",", trim: true), String.split("", ",", trim: true), String.split("a", ",", parts: 1)} end)
t.("split bad", fn -> String.split(:a, ",") end)
t.("split bad parts", fn -> String.split("a,b", ",", parts: 0) end)
t.("split_at", fn -> {String.split_at("hello", 2), String.split_at("hello", -2), String.split_at("hello", 10), String.split_at("hello", -10), String.split_at("", 0)} end)
t.("trim", fn -> {String.trim("  a b  "), String.trim("\u00A0 a \u2003\u0085\u200B"), String.trim("\u2007a\u202F"), String.trim(""), String.trim_leading("\n\ta "), String.trim_trailing(" a \r\n"), String.trim(<<" a", 255, " ">>)} end)
t.("trim with", fn -> {String.trim_leading("aaab", "a"), String.trim_trailing("baaa", "aa"), String.trim("xxaxx", "x"), String.trim("abc", "d")} end)
t.("trim bad", fn -> String.trim(:a) end)
t.("contains?", fn -> {String.contains?("abc", "b"), String.contains?("abc", "d"), String.contains?("abc", ""), String.contains?("abc", []), String.contains?("abc", ["x", "c"]), String.contains?("abc", ["x", ""])} end)
t.("starts ends", fn -> {String.starts_with?("abc", "ab"), String.starts_with?("abc", ""), String.starts_with?("abc", []), String.starts_with?("abc", ["x", "a"]), String.starts_with?("a", "abc"), String.ends_with?("abc", "bc"), String.ends_with?("abc", ["x", "c"]), String.ends_with?("abc", "abcd"), String.ends_with?("abc", "")} end)
t.("starts bad", fn -> String.starts_with?(:abc, "a") end)
t.("replace", fn -> {String.replace("a,b,c", ",", ";"), String.replace("aaa", "a", "b", global: false), String.replace("a,b", ",", fn x -> x <> x end), String.replace("abc", ["a", "c"], "[\\0]"), String.replace("abc", "", "-"), String.replace("abc", "", "-", global: false), String.replace("abc", "", ""), String.replace("abc", "x", "y"), String.replace("abcabc", ["ab", "abc"], "X")} end)
t.("replace fun empty", fn -> String.replace("ab", "", fn x -> "<" <> x <> ">" end) end)
t.("replace bad", fn -> String.replace("a", "a", 1) end)
t.("replace_leading", fn -> {String.replace_leading("aaab", "a", "c"), String.replace_leading("hello", "x", "y"), String.replace_trailing("baaa", "a", "cc"), String.replace_prefix("aaab", "", "c"), String.replace_prefix("world", "wo", "WO"), String.replace_suffix("hello.txt", ".txt", ".md"), String.replace_suffix("a", "", "!")} end)
t.("replace_leading empty", fn -> String.replace_leading("aaab", "", "c") end)
t.("at first last", fn -> {String.at("héllo", 1), String.at("héllo", -1), String.at("héllo", 10), String.at("héllo", -10), String.first("héllo"), String.first(""), String.last("héllo"), String.last("")} end)
t.("slice", fn -> {String.slice("hello", 1, 3), String.slice("hello", -3, 2), String.slice("hello", -10, 2), String.slice("hello", 10, 2), String.slice("hello", 2, 0), String.slice("héllo", 1, 1)} end)
t.("slice range", fn -> {String.slice("hello", 1..-2), String.slice("hello", -10..-2), String.slice("hello", 3..1), String.slice("hello", 0..-1//2), String.slice("hello", 1..10), String.slice("hello", 10..12), String.slice("", 0..1)} end)
t.("slice neg step", fn -> String.slice("hello", -1..0//-1) end)
t.("reverse", fn -> {String.reverse("héllo"), String.reverse(""), String.reverse("ae\u0301")} end)
t.("pad", fn -> {String.pad_leading("abc", 6), String.pad_leading("abc", 6, "12"), String.pad_trailing("abc", 6, ["x", "y"]), String.pad_leading("abc", 2), String.pad_trailing("é", 3, "-"), String.pad_leading("7", 3, "0")} end)
t.("pad empty", fn -> String.pad_leading("abc", 6, "") end)
t.("duplicate", fn -> {String.duplicate("ab", 3), String.duplicate("ab", 0), String.duplicate("", 5)} end)
t.("duplicate bad", fn -> String.duplicate("a", -1) end)
t.("to_integer", fn -> {String.to_integer("123"), String.to_integer("-7"), String.to_integer("ff", 16), String.to_integer("123456789012345678901234567890")} end)
t.("to_integer bad", fn -> String.to_integer("12a") end)
t.("to_float", fn -> {String.to_float("1.5"), String.to_float("1.5e3"), String.to_float("-0.25")} end)
t.("to_float bad", fn -> String.to_float("1") end)
t.("to_atom", fn -> {String.to_atom("hello"), String.to_atom("with space"), String.to_existing_atom("ok")} end)
t.("to_charlist", fn -> {String.to_charlist("hé"), String.to_charlist("")} end)
t.("valid? printable?", fn -> {String.valid?("héllo"), String.valid?(<<255>>), String.printable?("abc\n"), String.printable?(<<1>>), String.printable?("abc", 2), String.printable?(<<255>>)} end)
t.("next", fn -> {String.next_codepoint("héllo"), String.next_codepoint(<<255, 1>>), String.next_codepoint(""), String.next_grapheme("e\u0301x"), String.next_grapheme("")} end)
t.("deprecated", fn -> {String.ljust("a", 3), String.rjust("a", 3, ?0), String.lstrip("  a"), String.rstrip("a  "), String.strip(" a "), String.strip("xax", ?x), String.lstrip("xxa", ?x), String.to_char_list("ab"), String.valid_character?("a"), String.valid_character?("ab"), String.next_grapheme_size("e\u0301x"), String.next_grapheme_size("")} end)
t.("to_atom bad", fn -> String.to_atom(1) end)
t.("to_existing_atom bad", fn -> String.to_existing_atom(1) end)
t.("to_integer not binary", fn -> String.to_integer(1) end)
t.("to_integer bad base", fn -> String.to_integer("1", 1) end)
t.("to_float not binary", fn -> String.to_float(1) end)
t.("to_charlist bad", fn -> String.to_charlist(1) end)
t.("to_charlist bad utf8", fn -> String.to_charlist(<<255>>) end)
t.("myers", fn -> {String.myers_difference("fox hops over the dog", "fox jumps over the lazy cat"), String.myers_difference("", "abc"), String.myers_difference("abc", ""), String.myers_difference("same", "same"), String.myers_difference("abcabba", "cbabac")} end)
t.("jaro", fn -> {String.jaro_distance("Dwayne", "Duane"), String.jaro_distance("even", "odd"), String.jaro_distance("same", "same"), String.jaro_distance("", "x"), String.jaro_distance("martha", "marhta"), String.jaro_distance("dixon", "dicksonx"), String.jaro_distance("jellyfish", "smellyfish"), String.jaro_distance("a", "b")} end)
t.("bag", fn -> {String.bag_distance("abc", "acb"), String.bag_distance("abcd", "ab"), String.bag_distance("", "x"), String.bag_distance("hello", "yellow"), String.bag_distance("aab", "bba")} end)
