for n <- [-5, 0, 5, 50] do
  msg =
    cond do
      n < 0 -> "negative"
      n == 0 -> "zero"
      n < 10 -> "small"
      true -> "large"
    end

  IO.puts(msg)
end
