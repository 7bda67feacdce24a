# An error in a finally block replaces the original one (which becomes its context).
def work():
    try:
        raise ValueError('original')
    finally:
        print('cleaning up')
        {}['cleanup-key']
work()
