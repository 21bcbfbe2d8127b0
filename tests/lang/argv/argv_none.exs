IO.inspect(System.argv())
