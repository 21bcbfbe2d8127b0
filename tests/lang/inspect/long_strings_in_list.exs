IO.inspect([
  "a fairly long string that takes space",
  "another long string to force the wrap",
  :done
])
IO.inspect(%{description: String.duplicate("x", 90)})
