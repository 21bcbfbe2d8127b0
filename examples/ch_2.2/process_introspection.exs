# Seed: ch_2.2 "Process introspection".
# Process.info/1 returns heap sizes and reduction counts that change from run to
# run, so only its stable parts are printed.
Process.whereis(:code_server) |> is_pid() |> IO.inspect(label: "code_server registered")
pid = Process.whereis(:code_server)
info = Process.info(pid)

IO.inspect(Keyword.get(info, :registered_name), label: "registered_name")
IO.inspect(Keyword.has_key?(info, :heap_size), label: "has heap_size")
IO.inspect(Keyword.has_key?(info, :reductions), label: "has reductions")
