# An unterminated string literal.
name = 'unterminated
print(name)
