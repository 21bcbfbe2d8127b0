# Reference implementation, in real Elixir, of the exc-specific natives that
# stdlib/*.ex calls as :exc.name(...) (see stdlib/NATIVES.md for their contract).
# Used only by scripts/test-stdlib.sh; exc provides them in C.
defmodule :exc do
  def str_upcase(s), do: String.upcase(s)
  def str_downcase(s), do: String.downcase(s)
  def str_length(s), do: String.length(s)
  def str_graphemes(s), do: String.graphemes(s)
  def float_parse(s), do: Float.parse(s)
  def str_to_charlist(s), do: String.to_charlist(s)
  def str_capitalize(s), do: String.capitalize(s)
  def argv, do: System.argv()
  def getenv(name), do: System.get_env(name)
end
