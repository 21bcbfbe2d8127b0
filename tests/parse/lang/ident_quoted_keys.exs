["quoted": 1]
["with space": 2, 'single': 3]
["a#{b}": 4]
%{"key": 5}
foo("k": 6)
