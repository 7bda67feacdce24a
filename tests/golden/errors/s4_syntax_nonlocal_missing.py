nonlocal_val = 1
def f():
    nonlocal nonlocal_val
