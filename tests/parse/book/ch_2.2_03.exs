# Returns the value for the given key in the process dictionary
Process.get(:count)
