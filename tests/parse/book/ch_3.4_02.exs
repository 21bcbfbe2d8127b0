# Stop the Server if its already running
Process.whereis(FoodOrderingServer) |> GenServer.stop()

{:ok, _pid} = FoodOrderingServer.start_link(nil)

# This two lines of code will execute one by one synchornously since the current process will be 
# waiting untill the order is placed and the GenServer replies back
FoodOrderingServer.place_order("Jhon", "sandwich")
FoodOrderingServer.place_order("Tom", "pizza")
