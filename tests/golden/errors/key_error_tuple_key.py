# KeyError with a tuple key and a nested subscript.
grid = {(0, 0): {'value': 1}}
print(grid[(0, 0)]['value'])
print(grid[(1, 2)]['value'])
