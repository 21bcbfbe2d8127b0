defmodule MathTest do
  use ExUnit.Case, async: true

  setup do
    {:ok, value: 1}
  end

  describe "add/2" do
    test "adds", %{value: v} do
      assert v + 1 == 2
      refute v == 0
      assert {:ok, _} = {:ok, v}
    end

    test "raises" do
      assert_raise ArgumentError, fn -> raise ArgumentError end
      assert_receive {:msg, _}, 100
    end
  end
end
