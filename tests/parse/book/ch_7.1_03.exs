%Task{
  mfa: {module, function, arrity},
  owner: owner_pid,
  pid: task_process_pid,
  ref: #Reference<task_reference>
}
