defmodule Find do
  def first_even(list) do
    try do
      for x <- list, do: if(rem(x, 2) == 0, do: throw({:found, x}))
      :none
    catch
      {:found, x} -> x
    end
  end
end

IO.inspect(Find.first_even([1, 3, 4, 5, 6]))
IO.inspect(Find.first_even([1, 3]))
