IO.inspect(%{user: %{name: "Ann", roles: [:admin, :dev], meta: %{age: 33}}})
IO.inspect(%{
  config: %{
    host: "localhost",
    port: 4000,
    opts: [timeout: 5000, retries: 3, backoff: :exponential],
    tags: ["alpha", "beta", "gamma"]
  },
  id: 42
})
