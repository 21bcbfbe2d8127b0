# Deletes the given key from the process dictionary
Process.delete(:count)
