# AttributeError on None (a common mistake: list.sort() returns None).
items = [3, 1, 2]
result = items.sort()
result.append(4)
