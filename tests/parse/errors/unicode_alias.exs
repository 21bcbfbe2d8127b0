Łódź.foo()
