# A syntax error is reported before anything runs: nothing reaches stdout.
print('this line never runs')
def broken(x)
    return x
