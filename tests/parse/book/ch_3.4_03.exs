# Ordering simultaneously from different processes

spawn(fn -> FoodOrderingServer.place_order("Jhon", "burger") end)

spawn(fn ->
  FoodOrderingServer.place_order("Tom", "ice cream")

  FoodOrderingServer.list_orders("Tom")
  |> IO.inspect(label: "Toms orders")
end)

spawn(fn ->
  FoodOrderingServer.list_orders("Tom")
  |> IO.inspect(label: "Toms orders")
end)
