defmodule Cfg do
  @interval :timer.seconds(10)
  @name "service"
  @ports [80, 443]
  @limits %{max: 5}
  def interval, do: @interval
  def name, do: @name
  def ports, do: @ports
  def max, do: @limits.max
end

IO.inspect(Cfg.interval())
IO.inspect(Cfg.name())
IO.inspect(Cfg.ports())
IO.inspect(Cfg.max())
