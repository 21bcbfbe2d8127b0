# Returns all key-value pairs in the process dictionary.
Process.get()
