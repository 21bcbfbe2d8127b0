my_task1 = Task.async(Enum, :random, [0..10])
my_task2 = Task.async(Enum, :random, [10..20])
my_task3 = Task.async(Enum, :random, [20..30])

Task.await(my_task1) + Task.await(my_task2) + Task.await(my_task3)
