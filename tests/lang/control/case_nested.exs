f = fn x, y ->
  case x do
    :a ->
      case y do
        1 -> :a1
        _ -> :a_other
      end

    :b ->
      :b
  end
end

IO.inspect({f.(:a, 1), f.(:a, 2), f.(:b, 0)})
