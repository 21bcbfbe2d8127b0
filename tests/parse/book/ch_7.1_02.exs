Task.async(fn -> :empty_task end)
