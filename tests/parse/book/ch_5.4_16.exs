DynamicSupervisor.start_child(MyTestDynamicSupervisorV2, {TestServerV2, :echo3})
