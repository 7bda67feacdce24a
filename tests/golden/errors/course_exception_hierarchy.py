class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError, LookupError):
    pass

def find(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(404, f"missing {k}") from e

try:
    find({}, "a")
except LookupError as e:
    print(type(e).__name__, e, repr(e), e.code, type(e.__cause__).__name__, e.__context__ is e.__cause__)
    print(NotFound.__mro__)

def f():
    try:
        return "try"
    finally:
        print("finally runs")
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
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
e = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
try:
    raise e
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions)
err = KeyError("x")
err.add_note("a note")
print(err.__notes__, str(err), repr(err))
print(isinstance(NotFound(1, "m"), Exception), issubclass(NotFound, LookupError))
try:
    int("abc")
except (TypeError, ValueError) as ex:
    print(f"{ex.__class__.__name__}: {ex}")
try:
    raise AppError(500, "server")
except Exception as ex:
    print(str(ex), ex.args)
else:
    print("no")
x = None
try:
    x.append(1)
except AttributeError as ex:
    print(ex, ex.name, ex.obj)
print(find({"a": 1}, "a"))
find({"b": 2}, "zz")
