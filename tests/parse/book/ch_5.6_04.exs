# Lets start 5 instances of the SlowGenServer process under the DynamicSupervisor
for _i <- 1..5 do
  # Start a new process that in turn starts a new child process under the dynamic supervisor
  spawn(fn -> DynamicSupervisor.start_child(MySlowDynamicSupervisor, SlowGenServer) end)
end
