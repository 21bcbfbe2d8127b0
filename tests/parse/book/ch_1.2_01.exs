list = [1, 2, 3, 4]

# Returns a new list
Enum.filter(list, fn num -> num > 2 end)

# [1, 2, 3, 4] Original list remains unchanged
list
