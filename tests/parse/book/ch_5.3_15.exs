# Notice how the transient child has a pid "undefined` since its no longer running
Supervisor.which_children(supervisor_pid)
