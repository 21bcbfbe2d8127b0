foo do: 1
foo do: 1, else: 2
if a, do: b
def f, do: :ok
def g(x), do: x, else: nil
