if x, do: y, else: z
foo a, b: 1, c: 2
foo a: 1
foo a, do: 1
