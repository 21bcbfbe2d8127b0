Mix.install([
  {:kino, "~> 0.9.0"}
])
