# ZeroDivisionError inside an expression: the caret line marks the operator.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([]))
