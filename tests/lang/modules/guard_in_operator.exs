defmodule G do
  def weekday?(d) when d in [:mon, :tue, :wed, :thu, :fri], do: true
  def weekday?(_), do: false
  def digit?(c) when c in ?0..?9, do: true
  def digit?(_), do: false
end

IO.inspect(G.weekday?(:tue))
IO.inspect(G.weekday?(:sun))
IO.inspect(G.digit?(?5))
IO.inspect(G.digit?(?a))
