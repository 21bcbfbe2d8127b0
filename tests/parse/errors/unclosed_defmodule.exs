defmodule Foo do
  def f do
    :ok
  end
