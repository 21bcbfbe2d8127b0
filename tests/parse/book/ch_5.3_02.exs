use GenServer, restart: :transient
