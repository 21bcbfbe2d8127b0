Mix.install([
  {:httpoison, "~> 2.1"},
  {:kino, "~> 0.9.0"}
])
