for kind <- [:arg, :runtime, :arith] do
  r =
    try do
      case kind do
        :arg -> raise ArgumentError, "a"
        :runtime -> raise "r"
        :arith -> 1 / Enum.count([])
      end
    rescue
      e in ArgumentError -> {:arg, e.message}
      e in [RuntimeError, ArithmeticError] -> {:other, Exception.message(e)}
    end

  IO.inspect(r)
end
