try do
  risky()
rescue
  e in RuntimeError -> e
  ArgumentError -> :arg
  _ -> :other
catch
  :exit, reason -> reason
  kind, value -> {kind, value}
  value -> value
else
  result -> result
after
  cleanup()
end
