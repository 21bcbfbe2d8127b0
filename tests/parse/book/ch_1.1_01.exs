# Returns the number of schedulers in the VM.
System.schedulers()

# Returns the number of schedulers online in the VM.
# Here online means total number of schedulers which are active and actually being used.
System.schedulers_online()
