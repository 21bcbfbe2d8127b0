defmodule FibonacciStore do
  use Agent

  @doc "Starts the FibonacciStore agent"
  def start_link(_) do
    Agent.start_link(fn -> [0, 1] end, name: __MODULE__)
  end

  @doc "Gets the next number in the Fibonacci series"
  def next_fibonacci() do
    Agent.get_and_update(__MODULE__, fn [num1, num2] ->
      next_fibonacci = num1 + num2
      {next_fibonacci, [num2, next_fibonacci]}
    end)
  end

  @doc "Gets the last generated number in the Fibonacci series"
  def current_fibonacci() do
    Agent.get(__MODULE__, fn [_num1, num2] -> num2 end)
  end
end
