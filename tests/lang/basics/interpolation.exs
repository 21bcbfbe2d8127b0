name = "world"
n = 3
IO.puts("hello #{name}")
IO.puts("n=#{n} f=#{1.5} a=#{:atom} nil=[#{nil}] t=#{true}")
IO.puts("nested #{"in #{n + 1} ner"}")
IO.puts("list #{[?h, ?i]}")
IO.puts("expr #{n * n + 1}")
IO.puts("#{n}#{n}")
IO.puts("big #{100_000_000_000_000_000_000}")
