f = fn
  x when is_binary(x) -> "string #{x}"
  x when is_integer(x) and x > 100 -> "big #{x}"
  x when is_integer(x) -> "int #{x}"
  x when is_list(x) or is_tuple(x) -> "collection"
end

for v <- ["s", 500, 5, [1], {2}], do: IO.puts(f.(v))
