# A do-block with -> clauses given to a function (not a macro) is a compile error.
IO.inspect do
  1 -> 2
end
