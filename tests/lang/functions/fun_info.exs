f = fn a, b, c -> {a, b, c} end
IO.inspect(:erlang.fun_info(f, :arity))
IO.inspect(Function.info(&String.upcase/1, :arity))
