receive do
  # The reply message from the task
  {^ref, reply} ->
    # Stop monitoring the task since th task has sent a reply so must have completed successfully so we no longer monitor the process for crashes
    demonitor(ref)
    reply

  # This is the message received from the task monitor, if this happens it means we received the :DOWN message without getting the reply message first, which means the task crashed
  {:DOWN, ^ref, _, proc, reason} ->
    # Exit the linked caller process that is awaiting since the task process crashed
    exit({reason(reason, proc), {__MODULE__, :await, [task, timeout]}})

    # more code
end
