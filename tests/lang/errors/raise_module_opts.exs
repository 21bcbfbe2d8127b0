raise ArgumentError, message: "bad argument given"
