# TypeError from a built-in function.
count = 42
print(len(count))
