case System.argv() do
  [cmd, name] -> IO.puts("#{cmd} -> #{name}")
  _ -> IO.puts("usage")
end
