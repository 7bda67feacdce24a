# An unclosed bracket.
values = [1, 2, 3
print(values)
