Process.whereis(:code_server)
pid = Process.whereis(:code_server)
Process.info(pid)
