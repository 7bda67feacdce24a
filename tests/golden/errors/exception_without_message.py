# A bare exception class raised: just the type name.
def check(flag):
    if not flag:
        raise NotImplementedError
check(False)
