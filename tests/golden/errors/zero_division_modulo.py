# Integer modulo by zero, at module level, in a binary expression.
a = 10
b = 0
print('computing')
result = a % b + 1
