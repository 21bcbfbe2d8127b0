{:ok, supervisor_pid} = MyTestDynamicSupervisorV2.start_link("Elixir is ❤")
