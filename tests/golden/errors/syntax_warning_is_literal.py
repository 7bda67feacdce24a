# A SyntaxWarning is printed at compile time (to stderr) and the program still runs.
x = 1000
if x is 1000:
    print('compared with is')
print('program ran, exit code 0')
