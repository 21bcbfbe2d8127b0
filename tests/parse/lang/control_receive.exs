receive do
  {:msg, x} -> x
  :stop -> :stop
after
  1_000 -> :timeout
end
receive do
after
  0 -> :empty
end
receive do
  msg when is_atom(msg) -> msg
end
