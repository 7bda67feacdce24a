import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError("deep")
try:
    a()
except ValueError as e:
    print("".join(traceback.format_exception(e, limit=2)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)
    print(traceback.extract_tb(e.__traceback__)[-1])
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    print(list(traceback.walk_tb(e.__traceback__))[0][1])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
def show():
    traceback.print_stack(file=sys.stdout)
    print("".join(traceback.format_stack(limit=1)), end="")
    return [f.name for f in traceback.extract_stack()]
def outer():
    return show()
print(outer())
try:
    {}["k"]
except KeyError:
    print(traceback.format_exc(chain=False), end="")
    etype, val, tb = sys.exc_info()
    print("".join(traceback.format_exception(etype, val, tb)), end="")
    print(traceback.format_exception_only(etype, val))
print(repr(traceback.format_exc()))
traceback.print_exc()
print(traceback.format_exception(None))
