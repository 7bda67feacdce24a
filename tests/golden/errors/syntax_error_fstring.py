# An empty expression in an f-string.
value = 3
print(f'value: {}')
