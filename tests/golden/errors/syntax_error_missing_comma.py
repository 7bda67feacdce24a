# Two expressions next to each other without a comma.
items = ['a' 'b', 'c' 1]
