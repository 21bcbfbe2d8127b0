defmodule M do
  @moduledoc """
  Module documentation.

  ## Examples

      iex> M.f()
      :ok
  """

  @doc """
  Returns :ok.
  """
  def f, do: :ok
end
