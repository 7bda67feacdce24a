# IndexError on a string.
word = 'abc'
print(word[-1])
print(word[5])
