def parse(s):
    try:
        n = int(s)
    except ValueError:
        print("bad", repr(s))
        return None
    else:
        print("parsed", n)
        return n
    finally:
        print("finally for", repr(s))

print(parse("12"), parse("x"))

class AppError(Exception):
    pass

def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("config missing") from e

try:
    load()
except AppError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__))

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
errors = []
for v in [1, 0, "a", None]:
    try:
        errors.append(10 / v)
    except (ZeroDivisionError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print(eg, eg.exceptions, len(eg.exceptions))
e = KeyError("k")
print(str(e), repr(e), e.args, str(KeyError()), str(OSError(2, "No such file")), isinstance(e, LookupError))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def nested():
    try:
        raise TypeError("inner")
    finally:
        print("cleanup nested")
try:
    nested()
except TypeError as e:
    print("caught", e, e.__traceback__ is not None)
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
load()
