Kino.Process.render_sup_tree(download_sup_pid)
