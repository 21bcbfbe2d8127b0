# Integer (Elixir 1.14). is_odd/1 and is_even/1 are guard macros in Elixir: here they
# are plain functions, usable outside guards (the compiler expands them in guards).
defmodule Integer do
  def is_odd(integer) when is_integer(integer), do: rem(integer, 2) != 0
  def is_even(integer) when is_integer(integer), do: rem(integer, 2) == 0

  def pow(base, exponent) when is_integer(base) and is_integer(exponent) do
    if exponent < 0, do: :erlang.error(:badarith)
    guarded_pow(base, exponent)
  end

  # Square and multiply.
  defp guarded_pow(_, 0), do: 1
  defp guarded_pow(b, 1), do: b
  defp guarded_pow(b, e) when rem(e, 2) == 0, do: guarded_pow(b * b, div(e, 2))
  defp guarded_pow(b, e), do: b * guarded_pow(b * b, div(e, 2))

  def mod(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    remainder = rem(dividend, divisor)

    if remainder * divisor < 0 do
      remainder + divisor
    else
      remainder
    end
  end

  def floor_div(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    if dividend * divisor < 0 and rem(dividend, divisor) != 0 do
      div(dividend, divisor) - 1
    else
      div(dividend, divisor)
    end
  end

  def digits(integer, base \\ 10)
      when is_integer(integer) and is_integer(base) and base >= 2 do
    do_digits(integer, base, [])
  end

  defp do_digits(integer, base, acc) when abs(integer) < base, do: [integer | acc]

  defp do_digits(integer, base, acc),
    do: do_digits(div(integer, base), base, [rem(integer, base) | acc])

  def undigits(digits, base \\ 10) when is_list(digits) and is_integer(base) and base >= 2 do
    do_undigits(digits, base, 0)
  end

  defp do_undigits([], _base, acc), do: acc

  defp do_undigits([digit | _], base, _) when is_integer(digit) and digit >= base,
    do: raise(ArgumentError, "invalid digit #{digit} in base #{base}")

  defp do_undigits([digit | tail], base, acc) when is_integer(digit),
    do: do_undigits(tail, base, acc * base + digit)

  def parse(binary, base \\ 10)

  def parse(binary, base) when is_binary(binary) and is_integer(base) and base >= 2 and base <= 36 do
    case count_digits(binary, base) do
      0 ->
        :error

      count ->
        digits = binary_part(binary, 0, count)
        rest = binary_part(binary, count, byte_size(binary) - count)
        {:erlang.binary_to_integer(digits, base), rest}
    end
  end

  def parse(binary, base) when is_binary(binary) do
    raise ArgumentError, "invalid base #{inspect(base)}"
  end

  defp count_digits(<<sign, rest::binary>>, base) when sign == ?+ or sign == ?- do
    case count_digits_nosign(rest, base, 1) do
      1 -> 0
      count -> count
    end
  end

  defp count_digits(rest, base), do: count_digits_nosign(rest, base, 0)

  defp count_digits_nosign(<<char, rest::binary>>, base, count) do
    if digit_value(char) < base do
      count_digits_nosign(rest, base, count + 1)
    else
      count
    end
  end

  defp count_digits_nosign(<<>>, _base, count), do: count

  defp digit_value(char) when char >= ?0 and char <= ?9, do: char - ?0
  defp digit_value(char) when char >= ?A and char <= ?Z, do: char - ?A + 10
  defp digit_value(char) when char >= ?a and char <= ?z, do: char - ?a + 10
  defp digit_value(_char), do: 99

  def to_string(integer, base \\ 10), do: :erlang.integer_to_binary(integer, base)

  def to_charlist(integer, base \\ 10),
    do: :erlang.binary_to_list(:erlang.integer_to_binary(integer, base))

  def gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    gcd_positive(abs(integer1), abs(integer2))
  end

  defp gcd_positive(0, integer2), do: integer2
  defp gcd_positive(integer1, 0), do: integer1
  defp gcd_positive(integer1, integer2), do: gcd_positive(integer2, rem(integer1, integer2))

  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b), do: {b, 0, 1}
  def extended_gcd(a, 0), do: {a, 1, 0}

  def extended_gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    extended_gcd(integer2, integer1, 0, 1, 1, 0)
  end

  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    div = div(r0, r1)

    case r0 - div * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - div * s1, s1, t0 - div * t1, t1)
    end
  end

  def to_char_list(integer), do: to_charlist(integer, 10)
  def to_char_list(integer, base), do: to_charlist(integer, base)
end
