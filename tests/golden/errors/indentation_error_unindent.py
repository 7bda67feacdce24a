# Dedent to a level that does not match any outer block.
def f():
        x = 1
    return x
