# An unexpected (misspelled) keyword argument: CPython 3.12 offers no suggestion here.
def connect(host, port=80, *, timeout=10):
    return host, port, timeout
print(connect('h', timout=5))
