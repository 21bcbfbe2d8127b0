f = Enum.at([7.5], 0)

for op <- [:div, :rem, :band] do
  r =
    try do
      case op do
        :div -> div(f, 2)
        :rem -> rem(f, 2)
        :band -> Bitwise.band(f, 1)
      end
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end

  IO.inspect({op, r})
end

IO.inspect(7 / 2.5)
IO.inspect(2 * 0.1)
IO.inspect(-7 / 2)
