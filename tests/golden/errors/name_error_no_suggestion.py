# NameError with no close match: no suggestion line.
def compute():
    return undefined_variable_xyz * 2
compute()
