for v <- [1, :two, "three", {4}, [5]] do
  r =
    case v do
      1 -> "one"
      :two -> "two"
      "three" -> "three"
      {n} -> "tuple #{n}"
      _ -> "other"
    end

  IO.puts(r)
end
