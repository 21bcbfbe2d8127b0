dont_await_me = Task.async(fn -> :timer.sleep(:infinity) end)
Task.await(dont_await_me)
