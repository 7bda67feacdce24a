# NameError for a misspelled name: CPython 3.12 suggests the close match.
counter = 10
print('before the error')
print(countr + 1)
