Mix.install([])
