from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled {e!r} in {name}")
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("  inside", t)
with tag("b"):
    raise ValueError("oops")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.close()
        return False

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print([r.name for r in rs])
with closing(Resource("c")) as c:
    print("using", c.name)
with nullcontext(42) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
    print(1, 2, sep="-")
print(repr(buf.getvalue()))

class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None, "tb" if tb else "no tb")
        return exc_type is ZeroDivisionError
with Timer():
    1 / 0
print("survived")
try:
    with Timer():
        int("x")
except ValueError as e:
    print("escaped:", e)
with tag("c"):
    raise KeyError("not handled by tag")
