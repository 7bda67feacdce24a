# AttributeError for a misspelled method on a built-in type.
text = 'hello'
print(text.uper())
