defmodule FizzBuzz do
  def word(n) do
    cond do
      rem(n, 15) == 0 -> "FizzBuzz"
      rem(n, 3) == 0 -> "Fizz"
      rem(n, 5) == 0 -> "Buzz"
      true -> Integer.to_string(n)
    end
  end
end

for n <- 1..20, do: IO.puts(FizzBuzz.word(n))
