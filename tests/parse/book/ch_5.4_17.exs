# Lets visualize the supervision tree
Kino.Process.render_sup_tree(supervisor_pid)
