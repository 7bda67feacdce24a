# SyntaxErrors the compiler raises for exec() text carry no source line (CPython reads it back from a file there is not); the parser's do.
try:
    exec("def f():\n    await x\n")
except SyntaxError as e:
    print(repr(e.text), e.lineno, e.offset, e.filename)
try:
    exec("x = 1 +\n")
except SyntaxError as e:
    print(repr(e.text), e.lineno, e.offset)
try:
    exec("nonlocal x\n")
except SyntaxError as e:
    print(repr(e.text), e.lineno, e.offset)
exec("def g():\n    return x\nreturn 5\n")
