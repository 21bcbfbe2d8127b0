raise "message"
raise ArgumentError, "bad"
raise ArgumentError, message: "bad"
throw :value
exit(:normal)
reraise e, __STACKTRACE__
