try do
  raise "st"
rescue
  _ -> IO.inspect(is_list(__STACKTRACE__))
end
