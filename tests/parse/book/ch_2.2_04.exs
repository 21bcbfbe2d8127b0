# Returns all keys in the process dictionary
Process.get_keys()
