Kino.Process.render_sup_tree(supervisor_pid)
