defmodule M do
  @a 1
  @b [1, 2]
  @c %{x: 1}
  @moduledoc "Doc"
  @doc false
  @impl true
  @behaviour GenServer
  @compile {:inline, f: 1}
  def f, do: @a
end
