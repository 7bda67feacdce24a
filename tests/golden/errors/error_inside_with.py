# An exception inside a with block: __exit__ runs, then the traceback is printed.
class Resource:
    def __enter__(self):
        print('open')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('close, saw', exc_type.__name__)
        return False
with Resource():
    print('working')
    raise OSError(5, 'Input/output error')
