from contextlib import contextmanager, suppress

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError

with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with Resource("x") as x, Resource("y") as y:
    print(x.name + y.name)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)
try:
    with tag("div"):
        1 / 0
except ZeroDivisionError as e:
    print("error:", e)
with suppress(FileNotFoundError):
    open("/definitely/not/here.txt")
print("suppressed")

class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        print("exit args", args)
        return False

with Timer() as tm:
    pass
print(tm.entered)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
