use Agent, restart: :transient, shutdown: 10_000
