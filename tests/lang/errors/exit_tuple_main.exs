exit({:shutdown, :done})
